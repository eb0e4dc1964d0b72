import { ACTION_STATUSES, DECISION_STATUSES, type Item } from './register.js';

/** The kind of item a status belongs to. */
export type StatusKind = Item['kind'];

/** A status meaning, before it is mapped onto one kind's canonical values. */
type Meaning =
  | 'open'
  | 'assigned'
  | 'blocked'
  | 'deferred'
  | 'done'
  | 'accepted'
  | 'rejected'
  | 'dropped'
  | 'superseded';

/**
 * Words people write for a status (lower case, single spaces), by meaning. Kept general: the
 * words of common trackers, ADR templates (MADR, Nygard) and meeting notes, not of one corpus.
 */
const WORDS: Record<Meaning, readonly string[]> = {
  open: [
    'open',
    'todo',
    'to do',
    'pending',
    'proposed',
    'proposal',
    'in progress',
    'wip',
    'work in progress',
    'new',
    'draft',
    'not started',
    'started',
    'ongoing',
    'active',
    'in review',
    'under review',
    'under discussion',
    'discussing',
    'needs discussion',
    'reopened',
    'unresolved',
    'undecided',
    'review',
    'in discussion',
    'planned',
    'next',
    'doing',
    'provisional',
    'tentative',
    'considering',
    '[ ]',
  ],
  assigned: ['assigned'],
  blocked: ['blocked', 'on hold', 'waiting', 'stalled', 'stuck', 'hold', 'waiting on', 'waiting for'],
  deferred: ['deferred', 'postponed', 'parked', 'later', 'backlog', 'icebox', 'someday', 'delayed'],
  done: [
    'done',
    'complete',
    'completed',
    'closed',
    'finished',
    'fixed',
    'merged',
    'shipped',
    'delivered',
    'resolved',
    'landed',
    'released',
    'implemented',
    'ok',
    'yes',
    '[x]',
  ],
  accepted: [
    'accepted',
    'approved',
    'agreed',
    'decided',
    'adopted',
    'final',
    'settled',
    'ratified',
    'confirmed',
    'active decision',
    'concluded',
    'lgtm',
  ],
  rejected: ['rejected', 'declined', 'refused', 'denied', 'vetoed', 'not accepted', 'not approved'],
  dropped: [
    'dropped',
    'cancelled',
    'canceled',
    "won't do",
    'wont do',
    'will not do',
    "won't fix",
    'wontfix',
    'abandoned',
    'withdrawn',
    'not doing',
    'no longer needed',
    'obsolete',
    'removed',
    'n/a',
  ],
  superseded: ['superseded', 'replaced', 'deprecated', 'retired', 'amended'],
};

/**
 * Meaning → canonical status per kind. A decision that was accepted or rejected is settled
 * (`resolved`; its resolution says which); one withdrawn or deprecated needs nothing more
 * (`superseded`). Actions and outputs only open, finish or drop: blocked or deferred work is
 * still open (it still needs an owner and a date), an accepted deliverable is done, and a
 * rejected or superseded one is dropped.
 */
const CANONICAL: Record<StatusKind, Record<Meaning, string>> = {
  decision: {
    open: 'open',
    assigned: 'assigned',
    blocked: 'blocked',
    deferred: 'deferred',
    done: 'resolved',
    accepted: 'resolved',
    rejected: 'resolved',
    dropped: 'superseded',
    superseded: 'superseded',
  },
  action: {
    open: 'open',
    assigned: 'open',
    blocked: 'open',
    deferred: 'open',
    done: 'done',
    accepted: 'done',
    rejected: 'dropped',
    dropped: 'dropped',
    superseded: 'dropped',
  },
  output: {
    open: 'open',
    assigned: 'open',
    blocked: 'open',
    deferred: 'open',
    done: 'done',
    accepted: 'done',
    rejected: 'dropped',
    dropped: 'dropped',
    superseded: 'dropped',
  },
};

const MEANING = new Map<string, Meaning>();
for (const [meaning, words] of Object.entries(WORDS) as Array<[Meaning, readonly string[]]>)
  for (const word of words) MEANING.set(word, meaning);

/** The canonical statuses of a kind. */
export function canonicalStatuses(kind: StatusKind): readonly string[] {
  return kind === 'decision' ? DECISION_STATUSES : ACTION_STATUSES;
}

/** Every word the built-in vocabulary knows (for "did you mean" hints). */
export function knownStatusWords(): string[] {
  return [...MEANING.keys()].filter((word) => /^[a-z]/.test(word));
}

/**
 * A status as the rules read it: compared case-insensitively, with emoji, decoration and
 * punctuation at the edges dropped (`✅ Accepted`, `**Done**`, `Open.`), `_` and `-` as
 * spaces, and a trailing qualifier ignored (`Superseded by ADR-0005`, `Accepted (2023-01-01)`,
 * `Done 2023-02-01`). Undefined for a value it cannot place. `extra` (config `statuses:`)
 * maps more words to a canonical status or to a built-in word; it is consulted first.
 */
export function normalizeStatus(
  raw: string | undefined | null,
  kind: StatusKind,
  extra?: Readonly<Record<string, string>>,
): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const key = statusKey(raw);
  if (key === '') return undefined;
  const canonical = canonicalStatuses(kind);
  const lookup = (word: string): string | undefined => {
    const mapped = extra ? extraLookup(extra, word) : undefined;
    if (mapped !== undefined) {
      const target = statusKey(mapped);
      if (canonical.includes(target)) return target;
      const meaning = MEANING.get(target);
      return meaning ? CANONICAL[kind][meaning] : undefined;
    }
    if (canonical.includes(word)) return word;
    const meaning = MEANING.get(word);
    return meaning ? CANONICAL[kind][meaning] : undefined;
  };
  const whole = lookup(key);
  if (whole !== undefined) return whole;
  // A leading status phrase with a qualifier after it: the longest one known, up to 4 words.
  const words = key.split(' ');
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const found = lookup(words.slice(0, n).join(' '));
    if (found !== undefined && isQualifier(words.slice(n))) return found;
  }
  return undefined;
}

/** Status emoji, by meaning (a legend people often use in ADR indexes and trackers). */
const EMOJI: Record<string, string> = {
  '✅': 'done',
  '✔': 'done',
  '☑': 'done',
  '🟢': 'done',
  '❌': 'rejected',
  '✖': 'rejected',
  '🚫': 'dropped',
  '🤔': 'proposed',
  '💭': 'proposed',
  '📝': 'draft',
  '⌛': 'pending',
  '⏳': 'pending',
  '🚧': 'in progress',
  '🔄': 'in progress',
  '⏸': 'on hold',
  '🛑': 'blocked',
  '⛔': 'blocked',
};

/** A status's comparable form: lower case, edge decoration dropped, single spaces. */
export function statusKey(raw: string): string {
  const text = raw.trim().toLowerCase();
  if (/^\[[ x]\]$/.test(text)) return text;
  const bare = text.replace(/\uFE0F|\u200D|\s/g, '');
  if (Object.hasOwn(EMOJI, bare)) return EMOJI[bare]!;
  return text
    .replace(/[_]+/g, ' ')
    .replace(/(\p{L})-(\p{L})/gu, '$1 $2')
    .replace(/^[\s\p{P}\p{S}\p{M}\p{Cf}]+|[\s\p{P}\p{S}\p{M}\p{Cf}]+$/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^(?:status|state)\s*[:=-]?\s*/u, '')
    .trim();
}

/** Words after a status that qualify it rather than change it. */
function isQualifier(rest: readonly string[]): boolean {
  const first = rest[0] ?? '';
  if (/^(?:by|on|in|since|as|at|for|with|per|via|until|to|from|see)$/.test(first)) return true;
  // A date, a number, a bracketed note or a dash after the status.
  return /^[\d([—–:;,.]/u.test(first) || /^\d/.test(rest.join(' '));
}

function extraLookup(extra: Readonly<Record<string, string>>, word: string): string | undefined {
  for (const [from, to] of Object.entries(extra)) if (statusKey(from) === word) return to;
  return undefined;
}

/** An item's status as the rules read it, trimmed: a missing or blank status means `open`. */
export function statusOf(item: { status?: string }): string {
  return typeof item.status !== 'string' || item.status.trim() === '' ? 'open' : item.status.trim();
}

/** True when the item still needs an owner and a date: not resolved/superseded, not done/dropped. */
export function isOpenItem(item: Item): boolean {
  const status = statusOf(item);
  return item.kind === 'decision'
    ? status !== 'resolved' && status !== 'superseded'
    : status !== 'done' && status !== 'dropped';
}
