import { describe, expect, it } from 'vitest';
import { readRotaLine } from '../../../src/parse/markdown/read-rota-line.js';

describe('readRotaLine', () => {
  it('reads a date and the logins taking the turn, either way round', () => {
    expect(readRotaLine('June 1: @fasttime', '2026-05-28')).toEqual({ owners: ['@fasttime'], due: 'June 1' });
    expect(readRotaLine('This week: @nzakas', '2026-05-28')).toEqual({
      owners: ['@nzakas'],
      due: 'This week',
    });
    expect(readRotaLine('@sam & @lee — Dec 5', '2026-11-30')).toEqual({
      owners: ['@sam', '@lee'],
      due: 'Dec 5',
    });
  });

  it('takes no timetable, no sentence and no name without @ (controls)', () => {
    expect(readRotaLine('Mon: Standup', '2026-11-30')).toBeUndefined();
    expect(readRotaLine('June 1: Dana Kim', '2026-11-30')).toBeUndefined();
    expect(readRotaLine('Status: @sam is reviewing', '2026-11-30')).toBeUndefined();
    expect(readRotaLine('Reviewers: @sam', '2026-11-30')).toBeUndefined();
    expect(readRotaLine('@sam: June 1 release notes', '2026-11-30')).toBeUndefined();
  });
});
