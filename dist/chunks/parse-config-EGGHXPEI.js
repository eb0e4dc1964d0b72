import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  configFromObject,
  parseConfig
} from "./chunk-N2WPJINW.js";
import "./chunk-F6I3COCI.js";
import "./chunk-S4SKMPNW.js";
import "./chunk-CIPTWOIR.js";
import "./chunk-ZHMHUYWS.js";
import "./chunk-VBPJBFLN.js";
export {
  configFromObject,
  parseConfig
};
