import type { RawFinding } from '../model/finding.js';
import { describeItem, fieldPos, findingAt, itemId, type Rule } from './rule-context.js';

/** id-duplicate: an id defined again; reported at each later definition, naming the first. */
export const idDuplicate: Rule = {
  id: 'id-duplicate',
  run(ctx) {
    const targets = new Set(ctx.targets.map((register) => register.file));
    const findings: RawFinding[] = [];
    for (const refs of ctx.index.byId.values()) {
      if (refs.length < 2) continue; // most ids are defined once: nothing to make for them
      const first = refs[0]!;
      const firstPlace = `${first.register.file}:${first.item.pos?.line ?? 1}`;
      for (let i = 1; i < refs.length; i++) {
        const { register, item } = refs[i]!;
        if (!targets.has(register.file)) continue;
        const message = `${describeItem(item)} reuses an id already defined at ${firstPlace}`;
        findings.push(findingAt(register, fieldPos(item, 'id'), 'id-duplicate', message, itemId(item)));
      }
    }
    return findings;
  },
};
