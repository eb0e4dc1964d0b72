import type { Finding } from '../model/finding.js';
import { isRuleId } from '../model/rule-catalogue.js';
import { escapeCell, quoteUserText } from './markdown-escape.js';
import { describeCounts } from './summary.js';

/** Where a finding's line can be linked: the repository at the pull request's head commit. */
export interface BlobLink {
  /** `https://github.com`, or a GitHub Enterprise Server URL. */
  serverUrl: string;
  owner: string;
  repo: string;
  headSha: string;
}

/** Options of renderFindingsTables. */
export interface FindingsTablesOptions {
  /** Link each Line cell to the line at the head commit; plain numbers without it. */
  link?: BlobLink;
  /**
   * Logins or teams to mention per item, keyed `file#id`. When given, each table gets an
   * `Owners:` line naming those of its items' owners: the only text that may ping anyone.
   */
  mentions?: ReadonlyMap<string, readonly string[]>;
  /** Every finding, for per-file counts and owners when `findings` is a truncated selection. */
  allFindings?: readonly Finding[];
}

// encodeURIComponent leaves these alone, but an unbalanced `(` or `)` ends a Markdown link.
const LINK_UNSAFE = /[!'()*]/g;

function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(
    LINK_UNSAFE,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `${serverUrl}/${owner}/${repo}/blob/${headSha}/${path}#L${line}`, every path segment URI-encoded. */
export function blobUrl(link: BlobLink, path: string, line: number): string {
  const server = link.serverUrl.replace(/\/+$/, '');
  const segments = [link.owner, link.repo, 'blob', link.headSha, ...path.replaceAll('\\', '/').split('/')];
  const url = `${server}/${segments.map(encodeSegment).join('/')}`;
  return line >= 1 ? `${url}#L${line}` : url;
}

const LOGIN = /^@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?)$/;

/** `@login` or `@org/team` when `owner` looks like one; otherwise the text, quoted so it pings nobody. */
export function mention(owner: string): string {
  const match = LOGIN.exec(owner.trim());
  return match ? `@${match[1]}` : quoteUserText(owner);
}

/** The key of the `mentions` map: `file#id`. */
export function itemKey(file: string, item: string): string {
  return `${file}#${item}`;
}

/** Errors first, then by line and column: the order of rows inside one table. */
function compareRows(a: Finding, b: Finding): number {
  if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}

/** Findings by file, files in path order. */
export function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of [...findings].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  return groups;
}

function row(finding: Finding, link: BlobLink | undefined): string {
  const icon = finding.severity === 'error' ? '❌' : '⚠️';
  const rule = isRuleId(finding.rule) ? `\`${finding.rule}\`` : escapeCell(finding.rule);
  const line = link ? `[${finding.line}](${blobUrl(link, finding.file, finding.line)})` : `${finding.line}`;
  const item = finding.item === null ? '—' : escapeCell(finding.item);
  return `| ${item} | ${icon} ${rule} | ${escapeCell(finding.message)} | ${line} |`;
}

function ownersLine(file: string, findings: readonly Finding[], mentions: FindingsTablesOptions['mentions']) {
  if (!mentions) return null;
  const names = new Set<string>();
  for (const finding of findings) {
    if (finding.item === null) continue;
    for (const owner of mentions.get(itemKey(file, finding.item)) ?? []) names.add(mention(owner));
  }
  return names.size > 0 ? `Owners: ${[...names].join(', ')}` : null;
}

/**
 * One Markdown table per register file (heading with the file's counts, optional Owners line,
 * then `| Item | Rule | Message | Line |` rows, errors first). All user text is escaped.
 * Files with no findings in `findings` get no table. Empty string for no findings.
 */
export function renderFindingsTables(
  findings: readonly Finding[],
  options: FindingsTablesOptions = {},
): string {
  const all = groupByFile(options.allFindings ?? findings);
  const blocks: string[] = [];
  for (const [file, shown] of groupByFile(findings)) {
    const everything = all.get(file) ?? shown;
    const errors = everything.filter((finding) => finding.severity === 'error').length;
    const counts = describeCounts({ errors, warnings: everything.length - errors });
    const lines = [`#### ${quoteUserText(file)} — ${counts}`, ''];
    const owners = ownersLine(file, everything, options.mentions);
    if (owners) lines.push(owners, '');
    lines.push('| Item | Rule | Message | Line |', '| --- | --- | --- | --- |');
    for (const finding of [...shown].sort(compareRows)) lines.push(row(finding, options.link));
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}
