import { normalizeStatus, statusKey } from '../model/statuses.js';
import { replaceFix } from './fixes/rule-fix.js';
import { allItems, describeItem, fieldPos, findingAt, itemId, quote, type Rule } from './rule-context.js';

/**
 * status-synonym: in a YAML register, a status read through a synonym or another case (`Done`,
 * `RESOLVED`, `in progress`) instead of the canonical value the register schema lists. YAML
 * registers are this tool's own format, so the canonical value is certain and the fix replaces
 * the written word, keeping quotes and comments. Markdown notes, ADRs, tables and YAML records
 * in formats of their own (a GEP's metadata.yaml) keep their authors' words (`Accepted`, `Done`),
 * and a word the config's `statuses:` defines is the team's own choice: neither is reported.
 */
export const statusSynonym: Rule = {
  id: 'status-synonym',
  run(ctx) {
    const teamWords = new Set(Object.keys(ctx.config.statuses ?? {}).map(statusKey));
    return ctx.targets
      .filter((register) => register.format === 'yaml' && !register.record)
      .flatMap((register) =>
        allItems(register).flatMap((item) => {
          const written = item.written?.status?.trim();
          const canonical = item.status;
          if (!written || !canonical || written === canonical) return [];
          // A word the config defines is the team's choice; one only the config can read is too.
          if (teamWords.has(statusKey(written)) || normalizeStatus(written, item.kind) !== canonical)
            return [];
          const message = `${describeItem(item)} has status ${quote(written)}, read as ${canonical}; write it as ${canonical}`;
          const finding = findingAt(
            register,
            fieldPos(item, 'status'),
            'status-synonym',
            message,
            itemId(item),
          );
          const fix = replaceFix(
            ctx,
            register,
            item.at?.status,
            written,
            canonical,
            `Set the status to ${canonical}`,
          );
          return [fix ? { ...finding, fix } : finding];
        }),
      );
  },
};
