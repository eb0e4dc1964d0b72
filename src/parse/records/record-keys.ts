/** What a record's key says: which field of the decision it fills. */
export type RecordRole = 'status' | 'owners' | 'date' | 'due' | 'title' | 'id' | 'extra';

const ROLES: Record<string, RecordRole> = {
  status: 'status',
  state: 'status',
  author: 'owners',
  authors: 'owners',
  decider: 'owners',
  deciders: 'owners',
  owner: 'owners',
  owners: 'owners',
  champion: 'owners',
  champions: 'owners',
  sponsor: 'owners',
  driver: 'owners',
  proposer: 'owners',
  assignee: 'owners',
  assignees: 'owners',
  title: 'title',
  name: 'title',
  date: 'date',
  decided: 'date',
  'decision-date': 'date',
  'date-decided': 'date',
  accepted: 'date',
  'last-updated': 'date',
  updated: 'date',
  'last-modified': 'date',
  created: 'date',
  'creation-date': 'date',
  'date-created': 'date',
  deadline: 'due',
  due: 'due',
  'due-date': 'due',
  'last-call-deadline': 'due',
  'review-by': 'due',
  id: 'id',
  number: 'id',
  no: 'id',
  'kep-number': 'id',
};

/** Of several date keys, the one that says best when it was decided. */
const DATE_PRIORITY = [
  'date',
  'decided',
  'decision-date',
  'date-decided',
  'accepted',
  'last-updated',
  'updated',
  'last-modified',
  'created',
  'creation-date',
  'date-created',
];

/** A key in comparable form: lower case, `(s)` dropped, spaces and `_` as `-`. */
export function recordKey(key: string): string {
  return key
    .trim()
    .toLowerCase()
    .replace(/\(s\)/g, 's')
    .replace(/[\s_]+/g, '-')
    .replace(/-+$/, '');
}

/** The role of a key; series keys (`eip`, `tep`, `pep`, `rfc` …) name the id. */
export function roleOf(key: string): RecordRole {
  const normal = recordKey(key);
  if (Object.hasOwn(ROLES, normal)) return ROLES[normal]!;
  if (/^(?:[a-z]{1,2}[ei]p|rfc|adr)(?:-number)?$/.test(normal)) return 'id';
  return 'extra';
}

/** Rank of a date key (lower is better). */
export function dateRank(key: string): number {
  const index = DATE_PRIORITY.indexOf(recordKey(key));
  return index < 0 ? DATE_PRIORITY.length : index;
}
