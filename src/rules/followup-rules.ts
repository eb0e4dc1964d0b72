import type { RawFinding } from '../model/finding.js';
import type { NextAction, Output } from '../model/register.js';
import { impliedFollowUp, lowerCaseWords } from './implied-followup.js';
import { findingAt, itemId, quote, type Rule, textOf, workItemsOf } from './rule-context.js';

/**
 * followup-implied: Markdown prose that implies follow-up work (see impliedFollowUp) which no
 * action or output of the same register records. A line counts as recorded when it names an
 * action's or output's id, or shares at least half (and at least two, or the only one) of the
 * content words of an action's or output's title.
 */
export const followupImplied: Rule = {
  id: 'followup-implied',
  run(ctx) {
    const findings: RawFinding[] = [];
    for (const register of ctx.targets) {
      const prose = (register.prose ?? []).filter((line) => typeof line?.text === 'string');
      if (prose.length === 0) continue;
      const commonWords = lowerCaseWords([
        ...prose.map((line) => line.text),
        ...workItemsOf(register).map((item) => textOf(item.title)),
      ]);
      const recorded = recordedBy(workItemsOf(register));
      for (const line of prose) {
        line.text.split(/\r?\n/).forEach((text, offset) => {
          const hit = impliedFollowUp(text, { commonWords });
          if (hit === undefined || recorded(text)) return;
          const pos = { ...line.pos, line: line.pos.line + offset };
          const message = `Prose implies follow-up work that no action or output records: ${quote(hit)}`;
          findings.push(findingAt(register, pos, 'followup-implied', message, null));
        });
      }
    }
    return findings;
  },
};

/**
 * A test for "an action or output already records the work this line mentions": the line
 * names one of their ids (as a whole word), or shares enough of one title's content words.
 * Built once per register, so long registers stay fast.
 */
export function recordedBy(items: Array<NextAction | Output>): (text: string) => boolean {
  const ids = items.map(itemId).filter((id): id is string => id !== null);
  const idPattern =
    ids.length > 0 ? new RegExp(`(?<![\\w-])(?:${ids.map(escapeRegExp).join('|')})(?![\\w-])`) : undefined;
  const titles = items
    .map((item) => [...contentWords(textOf(item.title))])
    .filter((title) => title.length > 0);
  return (text) => {
    if (idPattern?.test(text)) return true;
    const words = contentWords(text);
    return titles.some((title) => {
      const shared = title.filter((word) => words.has(word)).length;
      return shared >= Math.min(2, title.length) && shared * 2 >= title.length;
    });
  };
}

const STOP_WORDS = new Set(
  `the and for with from into onto that this then than will shall should would could can our their
  about after before over under next week weeks month today tomorrow`.split(/\s+/),
);

/** Lower-case words of three letters or more, without stop words, a plural `s` dropped. */
function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  return new Set(
    words.filter((word) => !STOP_WORDS.has(word)).map((word) => word.replace(/(?<=\w{3})s$/, '')),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
