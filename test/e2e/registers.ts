// Register texts for end-to-end scenarios: a clean review and variants with known problems.

/** A clean register of a review held 2026-11-24 (clean with today = 2026-11-25). */
export function cleanRegister(options: { prefix?: string; extraDecisions?: number } = {}): string {
  const p = options.prefix ?? '';
  const extra = Array.from(
    { length: options.extraDecisions ?? 0 },
    (_, i) => `  - id: ${p}X${i + 1}
    title: Extra decision ${i + 1}
    status: assigned
    owner: "@dkim"
    due: 2026-12-01
`,
  ).join('');
  return `review:
  title: Operationalization review
  date: 2026-11-24
  attendees:
    - { name: Dana Kim, github: dkim, role: product sponsor, group: core }
    - { name: Lee Park, github: lpark, role: platform engineering lead, group: core }
decisions:
  - id: ${p}D1
    title: Which Okta or workforce identity path is preferred
    status: assigned
    owner: "@dkim"
    due: 2026-12-08
  - id: ${p}D2
    title: Which source of truth defines Builder Relations membership
    status: resolved
    owner: "@lpark"
    resolution: HRIS is the source of truth
    resolved_on: 2026-11-24
${extra}actions:
  - { id: ${p}A1, title: Draft workload order, owner: "@lpark", due: 2026-12-01, status: open, decision: ${p}D1 }
  - { id: ${p}A2, title: Book the identity deep-dive, owner: "@dkim", due: 2026-12-02, status: open, decision: ${p}D1 }
outputs:
  - { id: ${p}O1, title: Decision register, timing: immediate, owner: "@lpark", due: 2026-11-24, status: done }
  - { id: ${p}O2, title: Updated Status Dashboard, timing: follow-up, owner: "@dkim", due: 2026-12-08, status: open }
  - { id: ${p}O3, title: Program plan, timing: follow-up, owner: "@lpark", due: 2026-12-08, status: open, decision: ${p}D1 }
  - { id: ${p}O4, title: Readiness checklist, timing: follow-up, owner: "@dkim", due: 2026-12-05, status: open }
`;
}

/** The same review with two errors: D1's owner is TBD and A1 has no due date. */
export function brokenRegister(): string {
  return cleanRegister()
    .replace('owner: "@dkim"\n    due: 2026-12-08', 'owner: TBD\n    due: 2026-12-08')
    .replace('owner: "@lpark", due: 2026-12-01, status: open', 'owner: "@lpark", status: open');
}

/** A register with `count` decisions that each lack an owner: many findings with long messages. */
export function noisyRegister(count: number): string {
  const decisions = Array.from(
    { length: count },
    (_, i) => `  - id: N${i + 1}
    title: ${'A very long decision title that keeps going '.repeat(4)}${i + 1}
    status: assigned
    due: 2026-12-01
`,
  ).join('');
  return `review:\n  title: Noisy review\n  date: 2026-11-24\ndecisions:\n${decisions}`;
}
