import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  loadProseTagger
} from "./chunk-34VMBCHR.js";

// src/check/prepare-check.ts
async function prepareCheck(registers, config) {
  if (config.rules?.["followup-implied"] === "off") return;
  if (!registers.some((register) => (register.prose ?? []).length > 0)) return;
  await loadProseTagger().catch(() => void 0);
}

// src/model/version.ts
var VERSION = true ? "0.1.0" : "dev";

export {
  prepareCheck,
  VERSION
};
