import { describe, expect, it } from 'vitest';
import { hasMarker, markerFor } from '../../src/plan/comment-marker.js';

describe('markerFor', () => {
  it('makes a hidden HTML comment per kind', () => {
    expect(markerFor('review')).toBe('<!-- decision-register:review -->');
    expect(markerFor('agenda')).toBe('<!-- decision-register:agenda -->');
  });

  it('encodes keys so that user text cannot close the comment or add lines', () => {
    expect(markerFor('followup', 'docs/q3.md#D3')).toBe(
      '<!-- decision-register:followup:docs%2Fq3.md%23D3 -->',
    );
    const evil = markerFor('followup', 'x --> <b>@dkim</b>\n');
    expect(evil.slice(4, -3)).not.toMatch(/--|[<>@\n]/);
  });

  it('gives different keys different markers', () => {
    expect(markerFor('followup', 'a')).not.toBe(markerFor('followup', 'b'));
    expect(markerFor('followup', '')).not.toBe(markerFor('followup'));
  });
});

describe('hasMarker', () => {
  it('finds the marker anywhere in a body', () => {
    const marker = markerFor('review');
    expect(hasMarker(`${marker}\n### ✅ all clear`, marker)).toBe(true);
    expect(hasMarker(`text\r\n${marker}\r\n`, marker)).toBe(true);
  });

  it('does not confuse kinds, keys or missing bodies', () => {
    expect(hasMarker(markerFor('followup', 'D1'), markerFor('followup'))).toBe(false);
    expect(hasMarker(markerFor('followup', 'D10'), markerFor('followup', 'D1'))).toBe(false);
    expect(hasMarker(markerFor('digest'), markerFor('review'))).toBe(false);
    expect(hasMarker(null, markerFor('review'))).toBe(false);
    expect(hasMarker(undefined, markerFor('review'))).toBe(false);
  });
});
