import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import "./chunk-YJKXSKZE.js";
import "./chunk-7L2UDYDH.js";
import "./chunk-BIA7F3OA.js";
import "./chunk-ZHMHUYWS.js";
import "./chunk-VBPJBFLN.js";
