import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import "./chunk-OXT6XTJT.js";
import "./chunk-X7WCTLTC.js";
import "./chunk-5BLN2CQ6.js";
import "./chunk-QFX6JHDP.js";
import "./chunk-VBPJBFLN.js";
