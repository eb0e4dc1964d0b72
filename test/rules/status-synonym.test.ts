import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/check/check-files.js';
import { defaultConfig } from '../../src/config/default-config.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { applyEdits } from '../../src/plan/fixes/apply-edits.js';

const YAML = (decision: string, action: string) => `review:
  title: T
  date: 2026-11-24
decisions:
  - id: D1
    title: Pick the host
    status: ${decision} # as agreed
    owner: "@a"
    due: 2026-12-08
    resolution: Picked
actions:
  - { id: A1, title: Ship it, owner: "@a", due: 2026-12-08, status: ${action} }
`;
const check = (text: string, file = 'decisions/review.yml', config = defaultConfig()) =>
  checkFiles([{ path: file, content: text }], config, '2026-11-25').findings.filter(
    (f) => f.rule === 'status-synonym',
  );

describe('status-synonym', () => {
  it('names the canonical value of a YAML status written as a synonym or in another case, and fixes it', () => {
    const text = YAML('RESOLVED', '"Done"');
    const findings = check(text);
    expect(findings.map((f) => [f.line, f.severity, f.message])).toEqual([
      [7, 'warning', 'Decision D1 has status "RESOLVED", read as resolved; write it as resolved'],
      [12, 'warning', 'Action A1 has status "Done", read as done; write it as done'],
    ]);
    const fixed = applyEdits(
      text,
      findings.flatMap((f) => f.fix?.edits ?? []),
    ).text;
    // The comment and the quotes stay; a second check finds nothing.
    expect(fixed).toContain('    status: resolved # as agreed\n');
    expect(fixed).toContain('status: "done" }');
    expect(check(fixed)).toEqual([]);
  });

  it('leaves canonical values, Markdown notes and the config’s own words alone', () => {
    expect(check(YAML('resolved', 'done'))).toEqual([]);
    const table =
      '---\ndate: 2026-11-24\n---\n\n## Next actions\n\n| ID | Action | Owner | Due | Status |\n|---|---|---|---|---|\n| A1 | Ship | @a | 2026-12-08 | Done |\n';
    expect(check(table, 'decisions/review.md')).toEqual([]);
    // A proposal's own metadata file (read as a record) keeps its vocabulary.
    const gep =
      'apiVersion: internal.gateway.networking.k8s.io/v1alpha1\nkind: GEPDetails\nnumber: 2627\nname: DNS configuration\nstatus: Deferred\nauthors:\n  - alice\n';
    expect(check(gep, 'geps/gep-2627/metadata.yaml')).toEqual([]);
    expect(
      check(
        gep.replace('kind: GEPDetails\n', 'decisions:\n  - { id: D1, title: T, status: Deferred }\n'),
        'decisions/r.yml',
      ),
    ).toHaveLength(1);
    // A word the config defines is the team's own, even where it is also a synonym of ours.
    const teamWords = parseConfig('statuses:\n  shipped: done\n  gone live: done\n');
    expect(check(YAML('resolved', 'shipped'), 'decisions/review.yml', teamWords)).toEqual([]);
    expect(check(YAML('resolved', 'gone live'), 'decisions/review.yml', teamWords)).toEqual([]);
    // Control: without the config, "shipped" is reported.
    expect(check(YAML('resolved', 'shipped')).map((f) => f.item)).toEqual(['A1']);
  });
});
