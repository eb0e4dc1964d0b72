import { describe, expect, it } from 'vitest';
import { readMarker } from '../../../src/parse/markdown/item-marker.js';
import { readOwners } from '../../../src/parse/markdown/read-owners.js';
import { sectionOf } from '../../../src/parse/markdown/section-of.js';

describe('readOwners', () => {
  it.each([
    ['@alice draft the rollout plan', ['@alice'], 'draft the rollout plan'],
    ['@acme/platform: rotate the keys', ['@acme/platform'], 'rotate the keys'],
    ['@ana, @bo - pick a queue', ['@ana', '@bo'], 'pick a queue'],
    ['Sam: send the notes', ['Sam'], 'send the notes'],
    ['Jenn Bonner: Double check permissions', ['Jenn Bonner'], 'Double check permissions'],
    ['Lee - update the FAQ', ['Lee'], 'update the FAQ'],
    ['Arno → Template for projects', ['Arno'], 'Template for projects'],
    ['John M to reach out to Bruce', ['John M'], 'reach out to Bruce'],
    ['John M to', ['John M'], ''],
    ['CI Working group to discuss badge tools', ['CI Working group'], 'discuss badge tools'],
    ['[Dana Kim] draft the plan', ['Dana Kim'], 'draft the plan'],
    ['Update the docs (Sam)', ['Sam'], 'Update the docs'],
    ['Update the docs — Dana Kim', ['Dana Kim'], 'Update the docs'],
    ['Migrate the queue, owner: @ops', ['@ops'], 'Migrate the queue, owner: @ops'],
    ['Migrate the queue, assigned to Ana and Bo', ['Ana', 'Bo'], 'Migrate the queue, assigned to Ana and Bo'],
    ['PR to be submitted by @mdjermanovic', ['@mdjermanovic'], 'PR to be submitted by @mdjermanovic'],
    [
      '`eslint-config` @sam will start a discussion',
      ['@sam'],
      '`eslint-config` @sam will start a discussion',
    ],
    [
      'Legal review: Probably Mike Dolan to own this',
      ['Probably Mike Dolan'],
      'Legal review: Probably Mike Dolan to own this',
    ],
    ['mdolan@example.org to resolve issue 17', ['mdolan@example.org'], 'resolve issue 17'],
  ])('reads the owners of %j', (text, owners, rest) => {
    expect(readOwners(text)).toEqual({ owners, rest });
  });

  it.each([
    'Review the deployment architecture',
    'Note: the vendor is late',
    'Serverless (Lambda/Functions-as-a-Service)',
    'Switch eslintrc to release-please',
    'x'.repeat(5000),
  ])('reads no owner in %j', (text) => {
    expect(readOwners(text).owners).toEqual([]);
  });
});

describe('readMarker', () => {
  it.each([
    ['ACTION: Sam to send notes', 'action', undefined, 'Sam to send notes'],
    ['ACTION 62.9: update the charter', 'action', undefined, 'update the charter'],
    ['Action item - book the room', 'action', undefined, 'book the room'],
    ['ACTION ITEM @ALL - please vote', 'action', undefined, '@ALL - please vote'],
    ['AI (Sam): draft the FAQ', 'action', 'Sam', 'draft the FAQ'],
    ['AI: draft the FAQ', 'action', undefined, 'draft the FAQ'],
    ['TODO: renew the cert', 'action', undefined, 'renew the cert'],
    ['TODO by [Jenn Bonner]: Double check', 'action', 'Jenn Bonner', 'Double check'],
    ['Next step: pilot with two teams', 'action', undefined, 'pilot with two teams'],
    ['Follow-up: ask legal', 'action', undefined, 'ask legal'],
    ['[Dana][ACTION] call the vendor', 'action', 'Dana', 'call the vendor'],
    ['Action: ship it', 'action', undefined, 'ship it'],
    ['Decision: use Kafka', 'decision', undefined, 'use Kafka'],
    ['DECISION - group wants updates', 'decision', undefined, 'group wants updates'],
    ['Resolution: The TSC agreed', 'decision', undefined, 'The TSC agreed'],
  ])('reads %j as %s', (text, kind, owner, rest) => {
    expect(readMarker(text)).toEqual({ kind, rest, ...(owner ? { owner } : {}) });
  });

  it.each([
    'Actions speak louder than words',
    'AI models are popular',
    'Todo list review',
    'Decisions are hard',
  ])('reads no marker in %j', (text) => {
    expect(readMarker(text)).toBeUndefined();
  });
});

describe('sectionOf', () => {
  it.each([
    ['Decisions', 'decisions'],
    ['Decisions Made', 'decisions'],
    ['Key Decisions', 'decisions'],
    ['Decision Log', 'decisions'],
    ['2. Decisions:', 'decisions'],
    ['✅ Decisions', 'decisions'],
    ['Cloud Platform Architecture Decisions', 'decisions'],
    ['Tekton Enhancement Proposals (TEPs)', 'decisions'],
    ['Next Steps', 'actions'],
    ['Follow-ups', 'actions'],
    ['Tasks', 'actions'],
    ['TODO', 'actions'],
    ['Action items', 'actions'],
    ['Action Items (AIs)', 'actions'],
    ['**Action items:**', 'actions'],
    ['📋 3) Open action items', 'actions'],
    ['Follow-up outputs', 'outputs'],
    ['Expected outputs', 'outputs'],
    ['Attendees', 'attendees'],
    ['Present:', 'attendees'],
    ['Participants', 'attendees'],
    ['Voting member attendance', 'attendees'],
    ['Attendance (please add yourself)', 'attendees'],
  ])('reads %j as %s', (heading, kind) => {
    expect(sectionOf(heading)?.kind).toBe(kind);
  });

  it.each(['Notes', 'Agenda', 'Date/Time', 'Antitrust Policy Notice', 'Project updates'])(
    'ignores %j',
    (heading) => {
      expect(sectionOf(heading)).toBeUndefined();
    },
  );
});
