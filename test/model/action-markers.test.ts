import { describe, expect, it } from 'vitest';
import { startsWithActionMarker } from '../../src/model/action-markers.js';
import { readMarker } from '../../src/parse/markdown/item-marker.js';

describe('startsWithActionMarker', () => {
  it.each([
    'ACTION: Marco to book the room',
    'Action item 3 - Jun will collect quotes',
    'ACTION_ITEM: Adam to add the section',
    'AI (Sam): Sam will ping the security group',
    'ACTION BW: schedule with board committee',
    'Action Item to Brian Warner: message about the first meeting',
    '[Sam][ACTION] draft the plan',
    'TODO by [Jenn]: check permissions',
    'Next steps: gather input',
    'Follow-up - ask legal',
    'TODO',
    '[ ] open item',
  ])('reads %j as marked', (text) => {
    expect(startsWithActionMarker(text)).toBe(true);
  });

  it.each([
    'Actions speak louder',
    'Action was taken last week',
    'Aim to finish soon',
    'ai: lower case is a word, not the marker',
    'Marco to book the room',
  ])('reads %j as prose', (text) => {
    expect(startsWithActionMarker(text)).toBe(false);
  });

  // The readers take their words from the same vocabulary: what they read as an action
  // item, the rule sees as marked.
  it('agrees with the readers on the lines they make action items', () => {
    for (const text of [
      'ACTION: x',
      'Action item - x',
      'AI (Sam): x',
      'TODO: x',
      '[Sam][ACTION] x',
      'Next step: x',
    ])
      expect([readMarker(text)?.kind, startsWithActionMarker(text)]).toEqual(['action', true]);
  });
});
