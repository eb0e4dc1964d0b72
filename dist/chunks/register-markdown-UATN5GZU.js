import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import "./chunk-R5ZLMRW5.js";
import "./chunk-XR5UF35Y.js";
import "./chunk-L7ES4OQC.js";
import "./chunk-SRPBTYCP.js";
