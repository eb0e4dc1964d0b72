import type { Fix } from '../model/finding.js';
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
    return ctx.targets.flatMap((register) => {
      const things: Array<{ label: string; item: string | null; thing: Dated }> = [];
      if (register.review) things.push({ label: 'The review', item: null, thing: register.review });
      for (const item of allItems(register))
        things.push({ label: describeItem(item), item: itemId(item), thing: item });
      return things.flatMap(({ label, item, thing }) =>
        FIELDS.flatMap((field) => {
          const written = thing.written?.[field];
          const iso = thing[field];
          if (typeof written !== 'string' || typeof iso !== 'string') return [];
          const message = `${label} has ${field} ${quote(written)}, read as ${iso}; write it as ${iso}`;
          const finding = findingAt(register, fieldPos(thing, field), 'date-format', message, item);
          const fix =
            fixFor(thing.spans, field, iso) ??
            replaceFix(ctx, register, thing.at?.[field], written, iso, `Write ${field} as ${iso}`);
          return [fix ? { ...finding, fix } : finding];
        }),
      );
    });
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
