import { dump } from 'js-yaml';
import { sanitizeTerminalText } from './render-text.js';
import type { ShowItem, ShowOutput } from './show-items.js';

/** `show --format json`: one JSON document, newline-terminated (schema/show.schema.json). */
export function renderShowJson(output: ShowOutput): string {
  return `${JSON.stringify(output, null, 2)}\n`;
}

/** `show --format yaml`: the same document as YAML. */
export function renderShowYaml(output: ShowOutput): string {
  return dump(output, { lineWidth: -1, noRefs: true });
}

/**
 * `show --format text`: per file a heading line, then one line per item (line, kind, source,
 * id, status, owners, due, follow-up issue, title), user text made safe for a terminal.
 */
export function renderShowText(output: ShowOutput): string {
  const lines: string[] = [];
  for (const file of output.files) {
    const review = file.review
      ? ` — review ${[file.review.title, file.review.date].filter(Boolean).join(', ') || '(untitled)'}, ${file.review.attendees.length} attendee(s)`
      : '';
    lines.push(`${safe(file.path)} (${file.format}, ${file.items.length} item(s))${safe(review)}`);
    for (const item of file.items) lines.push(`  ${itemLine(item)}`);
    for (const problem of file.problems)
      lines.push(`  ${`L${problem.line}`.padEnd(6)}${problem.rule}: ${safe(problem.message)}`);
  }
  return lines.length === 0 ? 'No files.\n' : `${lines.join('\n')}\n`;
}

function itemLine(item: ShowItem): string {
  const status = item.status ?? `? ${item.status_text ?? ''}`.trim();
  const parts = [
    `L${item.line}`.padEnd(6),
    item.kind.padEnd(9),
    item.source.padEnd(13),
    (item.id ?? '—').padEnd(10),
    status.padEnd(11),
    `owners ${item.owners.length > 0 ? item.owners.join(', ') : '—'}`,
    `due ${item.due ?? item.due_text ?? '—'}`,
    // The follow-up issue written back to the item (#11): where its work is tracked.
    ...(item.issue !== undefined ? [`issue #${item.issue}`] : []),
    item.title ?? item.text ?? '',
  ];
  const line = parts.join('  ');
  const flat = safe(line);
  return flat.length > 200 ? `${flat.slice(0, 197)}...` : flat;
}

function safe(text: string): string {
  return sanitizeTerminalText(text);
}
