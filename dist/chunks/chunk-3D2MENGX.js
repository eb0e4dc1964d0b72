import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  loadProseTagger
} from "./chunk-4GJYVD7P.js";

// src/check/prepare-check.ts
async function prepareCheck(registers, config) {
  if (config.rules?.["followup-implied"] === "off") return;
  if (!registers.some((register) => (register.prose ?? []).length > 0)) return;
  await loadProseTagger().catch(() => void 0);
}

// src/model/project.ts
var PROJECT_URL = "https://github.com/decision-register/decision-register";
function ruleHelpUri(ruleId) {
  return `${PROJECT_URL}#${ruleId}`;
}
var VERSION = true ? "0.1.0" : "dev";

export {
  prepareCheck,
  PROJECT_URL,
  ruleHelpUri,
  VERSION
};
