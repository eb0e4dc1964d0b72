import { compareFindings, type Finding } from '../model/finding.js';
import type { Summary } from '../model/summary.js';
import { describeCounts, plural } from '../text/summary.js';

/** Options of the human-readable output; the shell decides `color` from TTY, NO_COLOR and FORCE_COLOR. */
export interface TextOptions {
  color: boolean;
}

// Six SGR codes written by hand: picocolors and node:util styleText both consult process.env or
// the TTY themselves, and this renderer must stay pure with the decision made by the shell.
const SGR = { bold: '1', dim: '2', underline: '4', red: '31', yellow: '33', green: '32' } as const;
type Style = keyof typeof SGR;

function paint(color: boolean, styles: Style[], text: string): string {
  if (!color || text === '') return text;
  return `\u001b[${styles.map((style) => SGR[style]).join(';')}m${text}\u001b[0m`;
}

/**
 * Makes user text one terminal line that cannot drive the terminal: newlines and tabs become
 * spaces, other C0/C1 control characters (ESC starts colour and cursor sequences) become U+FFFD.
 */
export function sanitizeTerminalText(text: string): string {
  return text.replace(/[\r\n\t\u2028\u2029]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}

// Code points, not UTF-16 units: close enough for alignment without a string-width dependency
// (wide CJK characters and emoji may still shift a column).
function width(text: string): number {
  return [...text].length;
}

function padEnd(text: string, size: number): string {
  return text + ' '.repeat(Math.max(0, size - width(text)));
}

/**
 * The CLI's default output, for people: findings grouped under a file header line, one aligned
 * row each (`  12:5  error    Decision D3 has no owner  owner-missing`), then a closing line such
 * as `✖ 3 errors, 1 warning in 2 files (8 decisions)` or `✔ No problems in 2 files (8 decisions)`.
 */
export function renderText(findings: readonly Finding[], summary: Summary, options: TextOptions): string {
  const { color } = options;
  const sorted = [...findings].sort(compareFindings);
  const rows = sorted.map((finding) => ({
    file: sanitizeTerminalText(finding.file),
    position: `${finding.line}:${finding.column}`,
    severity: finding.severity,
    message: sanitizeTerminalText(finding.message),
    rule: sanitizeTerminalText(finding.rule),
  }));
  const positionWidth = Math.max(0, ...rows.map((row) => width(row.position)));
  const messageWidth = Math.max(0, ...rows.map((row) => width(row.message)));
  const severityWidth = 'warning'.length;

  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const row of rows) {
    if (row.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      lines.push(paint(color, ['underline'], row.file));
      currentFile = row.file;
    }
    const severityStyle: Style = row.severity === 'error' ? 'red' : 'yellow';
    lines.push(
      [
        '  ',
        paint(color, ['dim'], padEnd(row.position, positionWidth)),
        '  ',
        paint(color, [severityStyle], padEnd(row.severity, severityWidth)),
        '  ',
        padEnd(row.message, messageWidth),
        '  ',
        paint(color, ['dim'], row.rule),
      ]
        .join('')
        .trimEnd(),
    );
  }
  if (lines.length > 0) lines.push('');
  lines.push(closingLine(summary, color));
  return `${lines.join('\n')}\n`;
}

function closingLine(summary: Summary, color: boolean): string {
  const scope = `in ${plural(summary.files, 'file')} (${plural(summary.decisions, 'decision')})`;
  if (summary.errors === 0 && summary.warnings === 0) {
    return paint(color, ['bold', 'green'], `✔ No problems ${scope}`);
  }
  const style: Style = summary.errors > 0 ? 'red' : 'yellow';
  return paint(color, ['bold', style], `✖ ${describeCounts(summary)} ${scope}`);
}
