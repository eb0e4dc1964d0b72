import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import "./chunk-GMEMQB3V.js";
import "./chunk-CALMLFUT.js";
import "./chunk-S5UHJWBQ.js";
import "./chunk-ZHMHUYWS.js";
import "./chunk-VBPJBFLN.js";
