import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import "./chunk-TGUEDBBU.js";
import "./chunk-24ZDSIZH.js";
import "./chunk-L7ES4OQC.js";
import "./chunk-SRPBTYCP.js";
