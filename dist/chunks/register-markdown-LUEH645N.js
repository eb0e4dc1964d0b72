import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import "./chunk-LRQQ6LVX.js";
import "./chunk-UHZH7I7B.js";
import "./chunk-S5UHJWBQ.js";
import "./chunk-ZHMHUYWS.js";
import "./chunk-VBPJBFLN.js";
