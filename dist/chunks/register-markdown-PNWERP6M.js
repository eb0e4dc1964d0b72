import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import "./chunk-KRZWMRUV.js";
import "./chunk-7OWJRB4T.js";
import "./chunk-XWOLUBWX.js";
import "./chunk-ZHMHUYWS.js";
import "./chunk-VBPJBFLN.js";
