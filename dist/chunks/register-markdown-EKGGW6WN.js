import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import "./chunk-B7MFVBHW.js";
import "./chunk-KPC5RX2Q.js";
import "./chunk-DDDRGUHP.js";
import "./chunk-ZHMHUYWS.js";
import "./chunk-VBPJBFLN.js";
