import { describe, expect, it } from 'vitest';
import {
  capBody,
  capTitle,
  ISSUE_BODY_MAX,
  ISSUE_TITLE_MAX,
} from '../../../src/plan/follow-ups/issue-limits.js';

describe('issue limits', () => {
  it('leaves short titles and bodies alone', () => {
    expect(capTitle('[A1] Draft')).toBe('[A1] Draft');
    expect(capBody('body', '<!-- m -->')).toBe('body\n\n<!-- m -->');
  });

  it('cuts a title to 256 with a visible note, never splitting a surrogate pair', () => {
    for (const text of ['x'.repeat(70_000), '😀'.repeat(200), `${'x'.repeat(242)}${'😀'.repeat(10)}`]) {
      const capped = capTitle(text);
      expect(capped.length).toBeLessThanOrEqual(ISSUE_TITLE_MAX);
      expect(capped.endsWith('… (truncated)')).toBe(true);
      expect(capped).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    }
  });

  it('cuts a body to 65,536 with a note and keeps the marker whole at the end', () => {
    const marker = '<!-- decision-register:followup:a%23A1 -->';
    const capped = capBody('y'.repeat(100_000), marker);
    expect(capped.length).toBeLessThanOrEqual(ISSUE_BODY_MAX);
    expect(capped.endsWith(marker)).toBe(true);
    expect(capped).toContain('…truncated');
  });
});
