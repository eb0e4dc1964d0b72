import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import "./chunk-U5725ZPK.js";
import "./chunk-ELL5KFTB.js";
import "./chunk-A7B3KCCX.js";
import "./chunk-QFX6JHDP.js";
import "./chunk-VBPJBFLN.js";
