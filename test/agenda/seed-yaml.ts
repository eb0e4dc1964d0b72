/**
 * The seed review as register files, for flows that read registers through the GitHub port:
 * the same content as seedRegisters(), as YAML text. `changes` tweak it per scenario.
 */
export function seedFiles(
  changes: { a1Status?: string; d2Status?: string; d5Status?: string; hrisDue?: string } = {},
) {
  const resolved = (status: string | undefined) =>
    status === 'resolved'
      ? `status: resolved\n    resolution: Settled\n    resolved_on: 2026-12-04`
      : `status: ${status}`;
  return {
    'decisions/2026-11-10.yml': `review:
  title: Kick-off
  date: 2026-11-10
  problem: An older problem
decisions:
  - id: D0
    title: Adopt the register
    status: resolved
    resolution: "Yes"
    resolved_on: 2026-11-10
`,
    'decisions/2026-11-24.yml': `review:
  title: Operationalization review
  date: 2026-11-24
  cycle_days: 14
  problem: |-
    Builder Relations cannot say who is a member,
    so access and telemetry drift.
  attendees:
    - { name: Dana Kim, github: dkim, role: product sponsor, group: core }
    - { name: Sam Lee, github: slee, role: HRIS representative }
decisions:
  - id: D1
    title: Which Okta or workforce identity path is preferred
    status: assigned
    owner: "@dkim"
    due: 2026-12-08
    depends_on: [D2]
    topics: [identity]
  - id: D2
    title: Which source of truth defines Builder Relations membership
    ${resolved(changes.d2Status ?? 'blocked')}
    owner: Sam Lee
    due: 2026-11-30
    blocked_by:
      - { what: HRIS export of membership, owner: "@hris", due: ${changes.hrisDue ?? '2026-12-01'} }
    topics: [org-truth]
  - id: D3
    title: Which workloads move into Kanopy first
    status: resolved
    owner: "@ops"
    resolution: Internal tools first
    resolved_on: 2026-11-24
  - id: D4
    title: Which telemetry stack and dashboard ownership model are acceptable
    status: open
    owner: "@obs"
    due: 2026-12-15
    topics: [telemetry]
  - id: D5
    title: Who approves hosting spend
    ${resolved(changes.d5Status ?? 'assigned')}
    owner: Dana Kim
    due: 2026-11-28
actions:
  - { id: A1, title: Draft workload order, owner: "@ops", due: 2026-12-01, status: ${changes.a1Status ?? 'open'}, decision: D3 }
  - { id: A2, title: Send the notes, owner: "@dkim", due: 2026-11-25, status: done }
outputs:
  - { id: O1, title: Updated Status Dashboard, timing: follow-up, owner: "@pm", due: 2026-12-08, status: open }
  - { id: O2, title: Register and status language, timing: immediate, owner: "@dkim", due: 2026-11-24, status: done }
  - { id: O3, title: Readiness checklist, timing: follow-up, owner: "@pm", due: 2026-12-20, status: open }
`,
  };
}
