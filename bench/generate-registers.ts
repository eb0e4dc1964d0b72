// Generated registers for the benchmarks: long-lived registers of N decisions in both forms.

/** A YAML register of `count` decisions (and a review), like a long-lived real one. */
export function yamlRegister(count: number): string {
  const lines = [
    'review:',
    '  title: Generated review',
    '  date: 2026-11-24',
    '  cycle_days: 14',
    '  attendees:',
    '    - { name: Dana Kim, github: dkim, role: product sponsor, group: core }',
    'decisions:',
  ];
  for (let i = 1; i <= count; i++) {
    lines.push(
      `  - id: D${i}`,
      `    title: Which option number ${i} the platform programme takes`,
      `    status: ${i % 3 === 0 ? 'blocked' : 'assigned'}`,
      '    owner: "@dkim"',
      '    due: 2026-12-08',
      '    topics: [identity, hosting]',
      ...(i > 1 ? [`    depends_on: [D${i - 1}]`] : []),
      ...(i % 3 === 0
        ? ['    blocked_by:', '      - { what: HRIS export, owner: "@hris", due: 2026-12-01 }']
        : []),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The same register in the Markdown form: front matter and one decisions table. */
export function markdownRegister(count: number): string {
  const lines = [
    '---',
    'title: Generated review',
    'date: 2026-11-24',
    'cycle_days: 14',
    'attendees:',
    '  - { name: Dana Kim, github: dkim, role: product sponsor, group: core }',
    '---',
    '',
    '# Generated review',
    '',
    'A summary paragraph that is not a commitment.',
    '',
    '## Decisions',
    '',
    '| ID | Decision | Status | Owner | Due | Topics | Depends on |',
    '| -- | -------- | ------ | ----- | --- | ------ | ---------- |',
  ];
  for (let i = 1; i <= count; i++) {
    const deps = [i > 1 ? `D${i - 1}` : '', i % 3 === 0 ? 'HRIS export (@hris, due 2026-12-01)' : '']
      .filter(Boolean)
      .join('; ');
    const status = i % 3 === 0 ? 'blocked' : 'assigned';
    lines.push(
      `| D${i} | Which option number ${i} the platform programme takes | ${status} | @dkim | 2026-12-08 | identity, hosting | ${deps || '—'} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
