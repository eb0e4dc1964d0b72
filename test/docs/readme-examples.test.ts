// Every register example in the README, YAML and Markdown, checked by the built CLI: clean, unless
// an HTML comment right above it lists the findings it is meant to give
// (`<!-- expect: rule@line … -->`, lines counted within the block), which are then asserted exactly.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE24 } from '../support/run-action.js';
import { type CodeBlock, readmeBlocks } from './readme-blocks.js';

const REGISTER_KEY = /^(review|decisions|actions|outputs):/m;
const isRegister = (b: CodeBlock) =>
  (b.lang === 'yaml' && REGISTER_KEY.test(b.text) && !/^(jobs|paths|app):/m.test(b.text)) ||
  (b.lang === 'markdown' && /^#+\s+(Decisions|Next actions|Actions|Outputs)/im.test(b.text));
const examples = readmeBlocks().filter(isRegister);
const dir = mkdtempSync(join(tmpdir(), 'dr-readme-'));

function expected(block: CodeBlock): string[] {
  const spec = /^expect:\s*(.*)$/.exec(block.comment ?? '')?.[1];
  return spec ? spec.split(/\s+/).filter(Boolean).sort() : [];
}

describe('the README examples', () => {
  it('has YAML and Markdown register examples, and at least one deliberately failing one', () => {
    expect(examples.filter((b) => b.lang === 'yaml').length).toBeGreaterThanOrEqual(2);
    expect(examples.filter((b) => b.lang === 'markdown').length).toBeGreaterThanOrEqual(1);
    expect(examples.some((b) => expected(b).length > 0)).toBe(true);
  });

  it.each(examples.map((b) => [`README.md line ${b.line} (${b.lang}, under "${b.heading}")`, b] as const))(
    '%s gives exactly its listed findings',
    (_name, block) => {
      const file = join(dir, `example-${block.line}.${block.lang === 'yaml' ? 'yml' : 'md'}`);
      writeFileSync(file, block.text);
      const run = spawnSync(
        NODE24,
        ['dist/cli.js', 'check', '--format', 'json', '--today', '2026-11-25', file],
        {
          encoding: 'utf8',
        },
      );
      expect(run.stderr).toBe('');
      const { findings } = JSON.parse(run.stdout) as {
        findings: { rule: string; line: number; message: string }[];
      };
      expect(findings.map((f) => `${f.rule}@${f.line}`).sort(), JSON.stringify(findings, null, 1)).toEqual(
        expected(block),
      );
      expect(run.status).toBe(findings.length > 0 ? 1 : 0);
    },
  );
});
