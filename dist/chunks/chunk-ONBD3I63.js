import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  itemsOf
} from "./chunk-CALMLFUT.js";

// src/check/unresolved-ids.ts
function hasUnresolvedIds(registers) {
  const defined = /* @__PURE__ */ new Set();
  for (const register of registers) {
    for (const item of itemsOf(register)) {
      if (item.id) defined.add(item.id);
    }
  }
  return registers.some(
    (register) => register.decisions.some((decision) => decision.depends_on.some((id) => !defined.has(id))) || [...register.actions, ...register.outputs].some((item) => item.decision && !defined.has(item.decision))
  );
}

export {
  hasUnresolvedIds
};
