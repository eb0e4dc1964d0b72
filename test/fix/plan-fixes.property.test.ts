import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/check/check-files.js';
import { defaultConfig } from '../../src/config/default-config.js';
import type { Finding } from '../../src/model/finding.js';
import { planFixes } from '../../src/plan/fixes/plan-fixes.js';

const TODAY = '2026-01-15';
const config = { ...defaultConfig(), owners: { 'Tomas Novak': '@tnovak' } };
const OWNERS = ['@praman', 'Priya', 'Dana Kim', 'Raman', 'Tomas', 'Nobody Known', 'Dana'];

const decision = fc.record({
  hasId: fc.boolean(),
  owner: fc.constantFrom(...OWNERS),
  quote: fc.constantFrom('', "'", '"'),
  comment: fc.boolean(),
  deps: fc.constantFrom('none', 'one', 'space', 'and', 'slash'),
  pad: fc.constantFrom('', ' ', '  ', '\t'),
  // A typo with one close canonical value, and dates written in another form.
  status: fc.constantFrom('assigned', 'asigned', 'Assigned'),
  due: fc.constantFrom('2026-02-01', 'Feb 1, 2026', 'February 1 2026'),
});
const layout = fc.record({
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  bom: fc.boolean(),
  trailing: fc.constantFrom('', ' ', '  '),
  aligned: fc.boolean(),
});

type D = typeof decision extends fc.Arbitrary<infer T> ? T : never;
type L = typeof layout extends fc.Arbitrary<infer T> ? T : never;

const depsText = (d: D, i: number, yaml: boolean): string | undefined => {
  if (i === 0 || d.deps === 'none') return undefined;
  const prev = `D${i}`;
  if (d.deps === 'one') return yaml ? `[${prev}]` : prev;
  if (d.deps === 'space') return yaml ? `[D1 ${prev}]` : `D1 ${prev}`;
  if (d.deps === 'and') return `D1 and ${prev}`;
  return yaml ? `[D1/${prev}]` : `D1 / ${prev}`;
};

/** A due date as YAML: plain where it can stay plain in this style, else quoted. */
const yamlDue = (d: D, flow: boolean) =>
  d.due.includes(',') && (flow || d.quote !== '') ? `${d.quote || '"'}${d.due}${d.quote || '"'}` : d.due;

function yamlRegister(ds: D[], l: L, flow = false): string {
  const lines = [
    'review:',
    '  date: 2026-01-10',
    '  attendees:',
    '    - { name: Priya Raman, github: praman }',
    '    - { name: Dana Kim, github: dkim }',
    'decisions:',
  ];
  ds.forEach((d, i) => {
    if (flow) {
      const quote = d.quote || '"';
      const deps = depsText(d, i, true);
      const fields = [
        i === 0 || d.hasId ? `id: D${i + 1}` : '',
        `title: T${i + 1}`,
        `owner: ${quote}${d.owner}${quote}`,
        `status: ${d.status}`,
        `due: ${yamlDue(d, true)}`,
        deps ? `depends_on: ${deps}` : '',
      ].filter((f) => f !== '');
      lines.push(`  - { ${fields.join(', ')} }${d.comment ? `${d.pad || ' '}# who` : ''}`);
      return;
    }
    const first = i === 0 || d.hasId ? `id: D${i + 1}` : `title: T${i + 1}`;
    lines.push(`  - ${first}`);
    if (first.startsWith('id')) lines.push(`    title: T${i + 1}`);
    const quote = d.quote === '' && d.owner.startsWith('@') ? '"' : d.quote;
    const owner = `${quote}${d.owner}${quote}`;
    lines.push(`    owner: ${owner}${d.comment ? `${d.pad || ' '}# who` : ''}`);
    lines.push(`    status: ${d.status}`, `    due: ${yamlDue(d, false)}`);
    const deps = depsText(d, i, true);
    if (deps) lines.push(`    depends_on: ${deps}`);
  });
  return wrap(lines, l);
}

function markdownRegister(ds: D[], l: L): string {
  const rows = ds.map((d, i) => [
    i === 0 || d.hasId ? `D${i + 1}` : '',
    `T${i + 1}`,
    d.status,
    d.owner,
    d.due,
    depsText(d, i, false) ?? '—',
  ]);
  const header = ['ID', 'Decision', 'Status', 'Owner', 'Due', 'Depends on'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const cell = (text: string, c: number, pad: string) =>
    l.aligned ? ` ${text.padEnd(widths[c]!)} ` : `${pad}${text}${pad || ' '}`;
  const row = (cells: string[], pad = ' ') => `|${cells.map((t, c) => cell(t, c, pad)).join('|')}|`;
  const lines = [
    '# Review',
    '',
    '## Attendees',
    '',
    '| Name | GitHub |',
    '|---|---|',
    '| Priya Raman | praman |',
    '| Dana Kim | dkim |',
    '',
    '## Decisions',
    '',
    row(header),
    `|${header.map((_, c) => '-'.repeat(l.aligned ? widths[c]! + 2 : 3)).join('|')}|`,
    ...rows.map((r, i) => row(r, ds[i]!.pad)),
  ];
  return wrap(lines, l);
}

function wrap(lines: string[], l: L): string {
  return `${l.bom ? '\uFEFF' : ''}${lines.map((line) => line + l.trailing).join(l.eol)}${l.eol}`;
}

/** Three register shapes: YAML block mappings, YAML flow mappings, a Markdown table. */
const shape = fc.constantFrom('yaml-block', 'yaml-flow', 'markdown');

const count = (findings: Finding[]) => {
  const byRule = new Map<string, number>();
  for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  return byRule;
};

describe('planFixes on generated registers', () => {
  it('keeps the file parsable, fixes exactly the fixed findings, leaves the rest byte-identical', () => {
    const exercised = new Set<string>();
    fc.assert(
      fc.property(fc.array(decision, { minLength: 1, maxLength: 5 }), layout, shape, (ds, l, form) => {
        const yaml = form !== 'markdown';
        const path = yaml ? 'decisions/r.yml' : 'decisions/r.md';
        const before = yaml ? yamlRegister(ds, l, form === 'yaml-flow') : markdownRegister(ds, l);
        const checked = checkFiles([{ path, content: before }], config, TODAY).findings;
        expect(checked.filter((f) => f.rule === 'parse-error')).toEqual([]);
        const plan = planFixes([{ path, content: before }], checked);
        const after = plan.files[0]?.after ?? before;
        const fixed = plan.files[0]?.fixed ?? [];
        for (const f of fixed) exercised.add(`${form} ${f.rule}`);
        const again = checkFiles([{ path, content: after }], config, TODAY).findings;
        expect(again.filter((f) => f.rule === 'parse-error')).toEqual([]);
        // Each fixed finding is gone, and no new one appeared (a fix may settle others too:
        // a known owner owners-absent, a new id a dependency on it).
        const was = count(checked);
        const gone = count(fixed);
        const now = count(again);
        for (const rule of new Set([...was.keys(), ...now.keys()])) {
          const expected = (was.get(rule) ?? 0) - (gone.get(rule) ?? 0);
          expect(now.get(rule) ?? 0, rule).toBeLessThanOrEqual(expected);
        }
        // Idempotent: nothing left to fix.
        expect(planFixes([{ path, content: after }], again).files).toEqual([]);
        // Byte-identical outside the edited lines: BOM, endings, tabs, trailing spaces.
        expect(after.startsWith('\uFEFF')).toBe(l.bom);
        const edited = new Set(fixed.flatMap((f) => f.fix!.edits.map((e) => e.line - 1)));
        const split = (text: string) => text.replace(/^\uFEFF/, '').split(/(?<=\r\n|\r(?!\n)|\n)/);
        let index = 0;
        for (const part of diffArrays(split(before), split(after))) {
          if (part.removed) for (let k = 0; k < part.count!; k++) expect(edited).toContain(index + k);
          if (!part.added) index += part.count!;
        }
        for (const line of split(after)) expect(line.endsWith(l.eol) || !/[\r\n]/.test(line)).toBe(true);
      }),
      { numRuns: 300 },
    );
    // The generator really produces every kind of fix, in every shape.
    expect([...exercised].sort()).toEqual([
      'markdown date-format',
      'markdown dependency-unowned',
      'markdown owner-unknown',
      'markdown status-invalid',
      'yaml-block date-format',
      'yaml-block dependency-unknown',
      'yaml-block owner-unknown',
      'yaml-block schema',
      'yaml-block status-invalid',
      'yaml-block status-synonym',
      'yaml-flow date-format',
      'yaml-flow dependency-unknown',
      'yaml-flow owner-unknown',
      'yaml-flow schema',
      'yaml-flow status-invalid',
      'yaml-flow status-synonym',
    ]);
  });
});
