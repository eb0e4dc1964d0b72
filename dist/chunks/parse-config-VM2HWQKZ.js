import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  configFromObject,
  parseConfig
} from "./chunk-NP2E7JCB.js";
import "./chunk-CIPTWOIR.js";
import "./chunk-S4SKMPNW.js";
import "./chunk-TPXEFMNA.js";
import "./chunk-QFX6JHDP.js";
import "./chunk-VBPJBFLN.js";
export {
  configFromObject,
  parseConfig
};
