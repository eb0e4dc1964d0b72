import { ACTION_WORDS, DECISION_WORDS, SHOUTED_ACTION_WORDS } from '../../model/action-markers.js';

/** What a marker at the start of a bullet or paragraph says. */
export interface ItemMarker {
  kind: 'action' | 'decision';
  /** An owner the marker itself names: `AI (Sam):`, `[Sam][ACTION]`, `TODO by [Sam]:`. */
  owner?: string;
  /** The text after the marker. */
  rest: string;
  /** True when the marker says the item is finished (`Done:`, `DONE -`). */
  done?: boolean;
}

/** `ACTION 62.9:`, `Action item -`, `Next step:`, `Decision:`, `AI (Sam):`, `TODO by [Sam]:`. */
const MARKER = new RegExp(
  String.raw`^(?:(${ACTION_WORDS})|(${DECISION_WORDS}))(?:\s+#?\d+(?:\.\d+)*)?(?:\s*\(([^()]{1,60})\))?(?:\s+by\s+\[?([^\]:]{1,60}?)\]?)?\s*(?:[:\-–—]+\s*|\s+(?=@))`,
  'i',
);
/** Upper-case only, as people write them: `AI:`, `AI (Sam):`, `TODO:`, `TODO -`. */
const SHOUTED = new RegExp(
  String.raw`^(${SHOUTED_ACTION_WORDS})(?:\s+#?\d+(?:\.\d+)*)?(?:\s*\(([^()]{1,60})\))?(?:\s+by\s+\[?([^\]:]{1,60}?)\]?)?\s*(?:[:\-–—]+\s*|\s+(?=@))`,
);
/** `[Sam][ACTION] …`, `[Sam] [AI] …`. */
const BRACKETED = new RegExp(
  String.raw`^\[([^\]]{1,60})\]\s*\[(${SHOUTED_ACTION_WORDS}|DECISION)\]\s*[:\-–—]?\s*`,
  'i',
);
const DONE = /^(?:done|completed?|finished)\s*[:\-–—]\s*/i;

/**
 * The marker an item's plain text starts with, if any: action markers (`ACTION`,
 * `Action item`, `AI`, `TODO`, `Next step`, `Follow-up`, numbered as in `ACTION 62.9:`,
 * `[Name][ACTION]`, `AI (Sam):`) and decision markers (`Decision:`, `DECISION -`, `Agreed:`,
 * `Resolution:`). A marker is followed by `:`, a dash or an `@owner`, so ordinary sentences
 * that start with these words (`Actions speak louder…`) are not items. `AI` and `TODO` alone
 * count only in capitals.
 */
export function readMarker(text: string): ItemMarker | undefined {
  const bracketed = BRACKETED.exec(text);
  if (bracketed) {
    const kind = bracketed[2]!.toUpperCase() === 'DECISION' ? 'decision' : 'action';
    return { kind, owner: bracketed[1]!.trim(), rest: text.slice(bracketed[0].length) };
  }
  const shouted = SHOUTED.exec(text);
  if (shouted) return withOwner('action', shouted[2] ?? shouted[3], text.slice(shouted[0].length));
  const marker = MARKER.exec(text);
  if (marker) {
    const kind = marker[2] ? 'decision' : 'action';
    return withOwner(kind, marker[3] ?? marker[4], text.slice(marker[0].length));
  }
  return undefined;
}

/** The text without a leading `Done:`, and whether it had one. */
export function readDone(text: string): { done: boolean; rest: string } {
  const done = DONE.exec(text);
  return done ? { done: true, rest: text.slice(done[0].length) } : { done: false, rest: text };
}

function withOwner(kind: ItemMarker['kind'], owner: string | undefined, rest: string): ItemMarker {
  const trimmed = owner?.trim();
  return trimmed ? { kind, owner: trimmed, rest } : { kind, rest };
}
