// The README's rule reference is where SARIF's helpUri points: one `#### \`rule-id\`` heading per
// catalogue rule, holding the same text as the SARIF fullDescription and help.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROJECT_URL, ruleHelpUri } from '../../src/model/project.js';
import { RULE_IDS } from '../../src/model/rule-catalogue.js';
import { RULE_DOCS } from '../../src/model/rule-docs.js';

const readme = readFileSync('README.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { homepage: string };

describe('the rule reference', () => {
  it.each(RULE_IDS)('%s has its README section with the SARIF text', (id) => {
    const doc = RULE_DOCS[id];
    expect(doc, `RULE_DOCS has no entry for ${id}`).toBeDefined();
    expect(readme).toContain(`#### \`${id}\`\n\n${doc!.full} **Fix:** ${doc!.fix}\n`);
  });

  it('links rules to the project the package names', () => {
    expect(PROJECT_URL).toBe(pkg.homepage);
    expect(ruleHelpUri('owner-vague')).toBe(`${pkg.homepage}#owner-vague`);
  });
});
