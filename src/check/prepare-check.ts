import type { Config } from '../config/config.js';
import type { Register } from '../model/register.js';
import { loadProseTagger } from '../rules/prose/prose-tagger.js';

/**
 * Loads what the synchronous rules need before a check: the prose tagger (a large NLP
 * library) only when `followup-implied` is on and some register has prose, so runs on YAML
 * or table-only files never load it. A tagger that fails to load leaves the rule silent.
 */
export async function prepareCheck(registers: readonly Register[], config: Config): Promise<void> {
  if (config.rules?.['followup-implied'] === 'off') return;
  if (!registers.some((register) => (register.prose ?? []).length > 0)) return;
  await loadProseTagger().catch(() => undefined);
}
