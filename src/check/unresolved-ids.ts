import { itemsOf, type Register } from '../model/register.js';

/**
 * True when the registers name a decision id (a `depends_on`, or an action's or output's
 * `decision`) that none of them defines, so other registers must be read to resolve it.
 */
export function hasUnresolvedIds(registers: readonly Register[]): boolean {
  const defined = new Set<string>();
  for (const register of registers) {
    for (const item of itemsOf(register)) {
      if (item.id) defined.add(item.id);
    }
  }
  return registers.some(
    (register) =>
      register.decisions.some((decision) => decision.depends_on.some((id) => !defined.has(id))) ||
      [...register.actions, ...register.outputs].some((item) => item.decision && !defined.has(item.decision)),
  );
}
