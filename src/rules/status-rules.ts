import { editDistance } from '../model/closest-match.js';
import type { Fix } from '../model/finding.js';
import type { Item, Register } from '../model/register.js';
import { canonicalStatuses, knownStatusWords, normalizeStatus, statusKey } from '../model/statuses.js';
import { replaceFix } from './fixes/rule-fix.js';
import {
  allItems,
  describeItem,
  fieldPos,
  findingAt,
  isBlank,
  itemId,
  quote,
  type Rule,
  type RuleContext,
} from './rule-context.js';

/**
 * status-invalid: a status the reader could not place. Known words and their synonyms were
 * already made canonical when the file was read (config `statuses:` included), so only
 * unknown values are left. A missing status is fine (it means open). When exactly one
 * canonical value is close to the written one, the finding names it and carries the fix.
 */
export const statusInvalid: Rule = {
  id: 'status-invalid',
  run(ctx) {
    return ctx.targets.flatMap((register) =>
      allItems(register)
        .filter(
          (item) => !isBlank(item.status) && !canonicalStatuses(item.kind).includes(item.status!.trim()),
        )
        .map((item) => {
          const allowed = canonicalStatuses(item.kind);
          const status = item.status!.trim();
          const hint = closestStatus(status, item.kind);
          const message =
            `${describeItem(item)} has status ${quote(status)}; use one of ${allowed.join(', ')}` +
            (hint ? ` (did you mean ${hint}?)` : '');
          const finding = findingAt(
            register,
            fieldPos(item, 'status'),
            'status-invalid',
            message,
            itemId(item),
          );
          const fix = hint ? fixFor(ctx, register, item, hint) : undefined;
          return fix ? { ...finding, fix } : finding;
        }),
    );
  },
};

/**
 * The one canonical status nearest the written value (at most 2 edits from it or from one of
 * its synonyms), or undefined when none is that close or the nearest ones disagree.
 */
export function closestStatus(written: string, kind: Item['kind']): string | undefined {
  const key = statusKey(written);
  let best = 3;
  const found = new Set<string>();
  for (const word of [...canonicalStatuses(kind), ...knownStatusWords()]) {
    const distance = editDistance(key, word);
    if (distance > best) continue;
    const canonical = normalizeStatus(word, kind);
    if (canonical === undefined) continue;
    if (distance < best) {
      best = distance;
      found.clear();
    }
    found.add(canonical);
  }
  return best <= 2 && found.size === 1 ? [...found][0] : undefined;
}

/** From the Markdown readers' span, else (YAML) from the value's position and written text. */
function fixFor(ctx: RuleContext, register: Register, item: Item, canonical: string): Fix | undefined {
  const description = `Set the status to ${canonical}`;
  const span = item.spans?.status;
  if (!span) {
    const written = item.written?.status ?? item.status;
    return replaceFix(ctx, register, item.at?.status, written?.trim(), canonical, description);
  }
  return {
    description,
    edits: [
      {
        line: span.line,
        column: span.column,
        endLine: span.line,
        endColumn: span.endColumn,
        text: canonical,
      },
    ],
  };
}
