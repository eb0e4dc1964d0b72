import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);

// src/model/version.ts
var VERSION = true ? "0.1.0" : "dev";

export {
  VERSION
};
