import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  configFromObject,
  parseConfig
} from "./chunk-YVWOCF3R.js";
import "./chunk-CIPTWOIR.js";
import "./chunk-QSRCCQWQ.js";
import "./chunk-3PICBVRB.js";
import "./chunk-L7ES4OQC.js";
import "./chunk-SRPBTYCP.js";
export {
  configFromObject,
  parseConfig
};
