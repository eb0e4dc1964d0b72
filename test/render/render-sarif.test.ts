import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { RULE_CATALOGUE, RULE_IDS } from '../../src/model/rule-catalogue.js';
import {
  findingFingerprint,
  renderSarif,
  SARIF_FINGERPRINT_KEY,
  toArtifactUri,
} from '../../src/render/render-sarif.js';
import { makeFinding, SAMPLE_FINDINGS } from './make-finding.js';

function sarif(findings = SAMPLE_FINDINGS, informationUri?: string): Sarif.Log {
  const text = renderSarif(findings, { toolVersion: '1.2.3', informationUri });
  expect(text.endsWith('}\n')).toBe(true);
  return JSON.parse(text) as Sarif.Log;
}

describe('renderSarif', () => {
  it('is a SARIF 2.1.0 log with one run of the decision-register driver', () => {
    const log = sarif(SAMPLE_FINDINGS, 'https://github.com/acme/decision-register');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe('decision-register');
    expect(driver.version).toBe('1.2.3');
    expect(driver.informationUri).toBe('https://github.com/acme/decision-register');
  });

  it('omits informationUri when not given', () => {
    expect(sarif().runs[0]!.tool.driver).not.toHaveProperty('informationUri');
  });

  it('lists every catalogue rule with its summary, full description, help, help link and default level', () => {
    const rules = sarif().runs[0]!.tool.driver.rules!;
    expect(rules.map((rule) => rule.id)).toEqual(RULE_IDS);
    const url = 'https://github.com/decision-register/decision-register#overdue';
    expect(rules.find((rule) => rule.id === 'overdue')).toEqual({
      id: 'overdue',
      shortDescription: { text: RULE_CATALOGUE.overdue.summary },
      fullDescription: {
        text: 'The item is still open and its due date is before today (--today on the CLI, the today input of the Action, else the UTC date).',
      },
      help: {
        text: `The item is still open and its due date is before today (--today on the CLI, the today input of the Action, else the UTC date).\n\nHow to fix: Mark it done or resolved, or agree a new due date and record it.\n\n${url}`,
        markdown: `The item is still open and its due date is before today (--today on the CLI, the today input of the Action, else the UTC date).\n\n**How to fix:** Mark it done or resolved, or agree a new due date and record it.\n\n[The rule in the README](${url})`,
      },
      helpUri: url,
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['decision-register'] },
    });
    for (const rule of rules) {
      expect(rule.fullDescription?.text, rule.id).not.toBe(rule.shortDescription?.text);
      expect(rule.help?.markdown, rule.id).toContain(`#${rule.id})`);
    }
  });

  it('writes one result per finding with rule index, level, message and location', () => {
    const run = sarif().runs[0]!;
    expect(run.results).toHaveLength(3);
    for (const result of run.results!) {
      expect(run.tool.driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
    }
    const ownerMissing = run.results!.find((result) => result.ruleId === 'owner-missing')!;
    expect(ownerMissing).toMatchObject({
      level: 'error',
      message: { text: 'Decision D3 has no owner' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'docs/a.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 5 },
          },
        },
      ],
      properties: { item: 'D3' },
    });
    expect(run.results!.find((result) => result.ruleId === 'overdue')!.level).toBe('warning');
    expect(run.results!.find((result) => result.ruleId === 'parse-error')).not.toHaveProperty('properties');
  });

  it('gives line-independent fingerprints that differ between identical findings', () => {
    const a = makeFinding({ line: 3 });
    const moved = makeFinding({ line: 30 });
    expect(findingFingerprint(a)).toBe(findingFingerprint(moved));
    expect(findingFingerprint(a)).not.toBe(findingFingerprint(makeFinding({ message: 'other' })));
    expect(findingFingerprint(a)).toMatch(/^[0-9a-f]{64}$/);
    const results = sarif([a, moved]).runs[0]!.results!;
    const prints = results.map((result) => result.partialFingerprints![SARIF_FINGERPRINT_KEY]);
    expect(prints).toEqual([`${findingFingerprint(a)}:1`, `${findingFingerprint(a)}:2`]);
  });

  it("writes a certain fix as one artifact change of the finding's file, and no fixes without one", () => {
    const fix = {
      description: 'Write due as 2026-12-05',
      edits: [{ line: 9, column: 10, endLine: 9, endColumn: 21, text: '2026-12-05' }],
    };
    const [fixed, plain] = sarif([
      makeFinding({ file: './docs/q3 review.yml', rule: 'date-format', line: 9, column: 10, fix }),
      makeFinding({ file: 'docs/a.md', line: 12 }),
    ]).runs[0]!.results!;
    expect(fixed!.fixes).toEqual([
      {
        description: { text: 'Write due as 2026-12-05' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'docs/q3%20review.yml', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { startLine: 9, startColumn: 10, endLine: 9, endColumn: 21 },
                insertedContent: { text: '2026-12-05' },
              },
            ],
          },
        ],
      },
    ]);
    expect(plain).not.toHaveProperty('fixes');
  });

  it('clamps positions to 1 so every region is valid', () => {
    const region = sarif([makeFinding({ line: 0, column: 0 })]).runs[0]!.results![0]!.locations![0]!
      .physicalLocation!.region;
    expect(region).toEqual({ startLine: 1, startColumn: 1 });
  });
});

describe('toArtifactUri', () => {
  it('makes relative forward-slash URIs with encoded segments', () => {
    expect(toArtifactUri('docs/a.md')).toBe('docs/a.md');
    expect(toArtifactUri('./docs\\q3 review#1.md')).toBe('docs/q3%20review%231.md');
    expect(toArtifactUri('décisions/ü.yml')).toBe('d%C3%A9cisions/%C3%BC.yml');
  });
});
