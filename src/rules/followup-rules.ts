import type { RawFinding } from '../model/finding.js';
import type { NextAction, Output, ProseLine, Register } from '../model/register.js';
import {
  impliedFollowUps,
  lowerCaseWords,
  mostlyLowerCaseWords,
  type ParagraphLine,
  pluralInitialisms,
} from './prose/implied-followup.js';
import { loadedProseTagger } from './prose/prose-tagger.js';
import { findingAt, itemId, quote, type Rule, textOf, workItemsOf } from './rule-context.js';

/**
 * followup-implied: unmarked Markdown prose that commits someone to follow-up work (see
 * impliedFollowUps) which no action or output of the same register records. A line counts as
 * recorded when an item starts on it, or it names an action's or output's id, or shares at
 * least half (and at least two, or the only one) of the content words of one's title.
 * Task-list and quoted lines are skipped. Needs the prose tagger: the check step loads it when
 * a register has prose (prepareCheck); without it the rule reports nothing.
 */
export const followupImplied: Rule = {
  id: 'followup-implied',
  run(ctx) {
    const tagger = ctx.tagger ?? loadedProseTagger();
    const findings: RawFinding[] = [];
    if (!tagger) return findings;
    // "PRs" in any register of the repo: "PR" is a noun there, never someone's initials.
    let plurals: Set<string> | undefined;
    const repoProse = () =>
      (ctx.registers ?? []).flatMap((r) => (r.prose ?? []).map((line) => String(line?.text ?? '')));
    const repoPlurals = (): Set<string> => (plurals ??= pluralInitialisms(repoProse()));
    // Words the repo's notes mostly write in lower case: an unknown word among them is no name.
    let repoWords: Set<string> | undefined;
    const inRepo = (word: string) => {
      repoWords ??= mostlyLowerCaseWords(repoProse());
      return repoWords.has(word);
    };
    for (const register of ctx.targets) {
      const prose = (register.prose ?? []).filter((line) => typeof line?.text === 'string');
      if (prose.length === 0) continue;
      const items = workItemsOf(register);
      const commonWords = lowerCaseWords([
        ...prose.map((line) => line.text),
        ...items.map((item) => textOf(item.title)),
      ]);
      for (const word of repoPlurals()) commonWords.add(word);
      const recorded = recordedBy(items);
      const itemLines = new Set(allItemLines(register));
      for (const paragraph of paragraphsOf(prose)) {
        for (const hit of impliedFollowUps(paragraph, tagger, {
          commonWords: { has: (word) => commonWords.has(word), inRepo },
        })) {
          const text = paragraph.find((line) => line.line === hit.line)?.text ?? hit.text;
          if (itemLines.has(hit.line) || recorded(text)) continue;
          const pos = { file: register.file, line: hit.line, column: hit.column };
          const message = `Prose implies follow-up work that no action or output records: ${quote(hit.text)}`;
          findings.push(findingAt(register, pos, 'followup-implied', message, null));
        }
      }
    }
    return findings;
  },
};

/** Prose grouped by paragraph, one entry per physical line; task-list and quoted lines left out. */
function paragraphsOf(prose: readonly ProseLine[]): ParagraphLine[][] {
  const paragraphs: ParagraphLine[][] = [];
  for (const line of prose) {
    if (line.task || line.quoted) continue;
    const pieces = line.text.split(/\r?\n/).map((text, offset) => ({
      text,
      line: line.pos.line + offset,
      column: offset === 0 ? line.pos.column : 1,
    }));
    const last = paragraphs.at(-1);
    if (line.continues && last) last.push(...pieces);
    else paragraphs.push(pieces);
  }
  return paragraphs;
}

/**
 * Lines where an action or output of the register starts (read by the readers): they record
 * the work. A decision does not, so "Decision: @sam to draft the policy" is still reported.
 */
function allItemLines(register: Register): number[] {
  const items = [...(register.actions ?? []), ...(register.outputs ?? [])];
  return items.map((item) => item?.pos?.line).filter((line): line is number => typeof line === 'number');
}

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
