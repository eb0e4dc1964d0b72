import type { Fix, RawFinding } from '../model/finding.js';
import type { FieldSpans, WrittenValues } from '../model/register.js';
import { replaceFix } from './fixes/rule-fix.js';
import { allItems, describeItem, fieldPos, findingAt, itemId, quote, type Rule } from './rule-context.js';

const FIELDS = ['date', 'due', 'resolved_on'] as const;

/**
 * date-format: a date that was read as one date but is not written as YYYY-MM-DD
 * (`Dec 5, 2026`, `next Tuesday`). The reader has already taken its meaning; the finding
 * names the ISO form and, where the written value's place is certain, fixes it: from the
 * Markdown readers' spans, else (YAML, front matter) from the value's position and text.
 */
export const dateFormat: Rule = {
  id: 'date-format',
  run(ctx) {
    const findings: RawFinding[] = [];
    for (const register of ctx.targets) {
      const report = (thing: Dated, label: () => string, item: string | null) => {
        // Only things with a rewritten date have anything to say: name them only then.
        if (!thing.written) return;
        for (const field of FIELDS) {
          const written = thing.written[field];
          const iso = thing[field];
          if (typeof written !== 'string' || typeof iso !== 'string') continue;
          const message = `${label()} has ${field} ${quote(written)}, read as ${iso}; write it as ${iso}`;
          const finding = findingAt(register, fieldPos(thing, field), 'date-format', message, item);
          const fix =
            fixFor(thing.spans, field, iso) ??
            replaceFix(ctx, register, thing.at?.[field], written, iso, `Write ${field} as ${iso}`);
          findings.push(fix ? { ...finding, fix } : finding);
        }
      };
      if (register.review) report(register.review, () => 'The review', null);
      for (const item of allItems(register)) report(item, () => describeItem(item), itemId(item));
    }
    return findings;
  },
};

type Dated = {
  pos: { line: number; column: number; file: string };
  at: Record<string, { line: number; column: number; file: string }>;
  written?: WrittenValues;
  spans?: FieldSpans;
} & Partial<Record<(typeof FIELDS)[number], string>>;

function fixFor(spans: FieldSpans | undefined, field: (typeof FIELDS)[number], iso: string): Fix | undefined {
  const span = spans?.[field];
  if (!span) return undefined;
  return {
    description: `Write ${field} as ${iso}`,
    edits: [
      { line: span.line, column: span.column, endLine: span.line, endColumn: span.endColumn, text: iso },
    ],
  };
}
