import { describe, expect, it } from 'vitest';
import { lowerCaseWords, properNouns, readProseItems } from '../../../src/parse/markdown/read-prose-items.js';

const NOTES =
  'The group met. We asked Ingo about it, and Dana Kim agreed. Happy to help with the subject, continue the work.';
const read = (line: string, listed: string[] = []) =>
  readProseItems(line, lowerCaseWords(NOTES), { listed: new Set(listed), proper: properNouns(NOTES) }).map(
    (item) => [item.kind, item.owner ?? null, item.status ?? null, item.body],
  );

describe('readProseItems', () => {
  it('reads decision statements, with their subject as owner when it names someone', () => {
    expect(read('TAC approved - motion by Greg. Unanimously approved.')).toEqual([
      ['decision', 'TAC', 'approved', 'TAC approved - motion by Greg. Unanimously approved.'],
    ]);
    expect(read('Decided to do the next review in June.')).toEqual([
      ['decision', null, 'Decided', 'Decided to do the next review in June.'],
    ]);
    expect(read('The group agreed that these are ready to merge.')).toEqual([
      ['decision', 'The group', 'agreed', 'The group agreed that these are ready to merge.'],
    ]);
  });

  it('reads a named person given work, also after a decision on the same line', () => {
    expect(read('Agreed to close nominations, John M to provide the list.')).toEqual([
      ['decision', null, 'Agreed', 'Agreed to close nominations'],
      ['action', null, null, 'John M to provide the list.'],
    ]);
    expect(read('Lionel says so. Ingo will also follow up.')).toEqual([
      ['action', null, null, 'Ingo will also follow up.'],
    ]);
    expect(read('Myles to remove the objection.', ['myles'])).toEqual([
      ['action', null, null, 'Myles to remove the objection.'],
    ]);
  });

  it('takes no sentence opener, pronoun, lower-case word or bare reply for a person (controls)', () => {
    expect(read('Continue to advocate.')).toEqual([]);
    expect(read('OK to close PR #6.')).toEqual([]);
    expect(read('Happy to help.')).toEqual([]);
    expect(read('Subject to approval by the board.')).toEqual([]);
    expect(read('We will meet again.')).toEqual([]);
    expect(read('@nzakas suggested it; @fasttime agreed.')).toEqual([]);
    expect(read('He agreed with the point.')).toEqual([]);
  });
});
