import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import "./chunk-TE6VOVA7.js";
import "./chunk-4BKEW7KF.js";
import "./chunk-7XRTHKOH.js";
import "./chunk-ZHMHUYWS.js";
import "./chunk-VBPJBFLN.js";
