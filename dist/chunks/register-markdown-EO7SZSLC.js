import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import "./chunk-Y5W5MUDQ.js";
import "./chunk-CKH6AQ7K.js";
import "./chunk-BB6I3GHA.js";
import "./chunk-ZHMHUYWS.js";
import "./chunk-VBPJBFLN.js";
