import { describe, expect, it } from 'vitest';
import {
  type PostedComment,
  reconcileSuggestions,
  type WantedSuggestion,
} from '../../../src/plan/fixes/reconcile-suggestions.js';

const marker = (n: number) => `<!-- decision-register:suggestion:${String(n).padStart(16, '0')} -->`;
const want = (n: number, line: number, body = 'fix', startLine = line): WantedSuggestion => ({
  path: 'decisions/r.yml',
  line,
  startLine,
  marker: marker(n),
  body: `${marker(n)}\n${body}`,
});
const posted = (id: number, w: WantedSuggestion, patch: Partial<PostedComment> = {}): PostedComment => ({
  id,
  path: w.path,
  line: w.line,
  startLine: w.startLine < w.line ? w.startLine : null,
  body: w.body,
  ...patch,
});

describe('reconcileSuggestions', () => {
  it('keeps a suggestion on the same lines with the same body, one- and multi-line', () => {
    const one = want(1, 10);
    const two = want(2, 14, 'fix', 12);
    expect(reconcileSuggestions([one, two], [posted(5, one), posted(6, two)])).toEqual({
      create: [],
      update: [],
      delete: [],
      kept: 2,
    });
  });

  it('updates the body in place when the text changed but the lines did not', () => {
    const now = want(1, 10, 'new fix');
    const before = posted(5, want(1, 10, 'old fix'));
    expect(reconcileSuggestions([now], [before])).toEqual({
      create: [],
      update: [{ id: 5, body: now.body }],
      delete: [],
      kept: 0,
    });
  });

  it('deletes and creates anew when the suggestion moved (a comment cannot move)', () => {
    const now = want(1, 11);
    expect(reconcileSuggestions([now], [posted(5, want(1, 10))])).toEqual({
      create: [now],
      update: [],
      delete: [5],
      kept: 0,
    });
    // Same last line, different first line: also moved.
    const wider = want(2, 14, 'fix', 12);
    const narrow = posted(6, want(2, 14, 'fix', 13));
    expect(reconcileSuggestions([wider], [narrow])).toMatchObject({ create: [wider], delete: [6] });
    // Another file: moved too.
    const elsewhere = posted(7, want(3, 10), { path: 'decisions/other.yml' });
    expect(reconcileSuggestions([want(3, 10)], [elsewhere])).toMatchObject({ delete: [7] });
  });

  it('deletes what is no longer wanted and the later duplicates of a marker', () => {
    const keep = want(1, 10);
    const gone = posted(9, want(2, 20));
    const changes = reconcileSuggestions([keep], [posted(8, keep), posted(3, keep), gone]);
    // The oldest copy is kept; the duplicate from a concurrent run and the fixed one go.
    expect(changes).toEqual({ create: [], update: [], delete: [8, 9], kept: 1 });
  });

  it('creates everything on a first run', () => {
    const wanted = [want(1, 10), want(2, 12)];
    expect(reconcileSuggestions(wanted, [])).toEqual({ create: wanted, update: [], delete: [], kept: 0 });
  });
});
