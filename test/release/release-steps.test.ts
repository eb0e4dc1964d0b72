// The release workflow's own shell steps, run with bash as the runner would run them, and the
// CHANGELOG and editor snippets they depend on.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const release = parse(readFileSync('.github/workflows/release.yml', 'utf8'));
const steps: { name?: string; run?: string; if?: string }[] = release.jobs.release.steps;
const step = (name: string) => {
  const found = steps.find((s) => s.name === name);
  if (!found?.run) throw new Error(`release.yml has no step "${name}"`);
  return found.run;
};
const changelog = readFileSync('CHANGELOG.md', 'utf8');
const version: string = JSON.parse(readFileSync('package.json', 'utf8')).version;

/** Runs a step's script in a scratch folder holding CHANGELOG.md and package.json, as bash -e. */
function runStep(script: string, env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'dr-release-'));
  const output = join(dir, 'github-output');
  const result = spawnSync('bash', ['-e', '-c', script], {
    cwd: process.cwd(),
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: output, ...env },
  });
  let outputs = '';
  try {
    outputs = readFileSync(output, 'utf8');
  } catch {}
  return { code: result.status, stdout: result.stdout, outputs };
}

describe('the release workflow, run', () => {
  it('a pushed tag of the package version gives the version and the major tag', () => {
    const run = runStep(step('Version'), { EVENT: 'push', REF_NAME: `v${version}`, REQUESTED: '' });
    expect(run.code).toBe(0);
    expect(run.outputs).toBe(`version=${version}\nmajor=v${version.split('.')[0]}\n`);
  });

  it('refuses a tag that is not the package version, and a version that is not X.Y.Z', () => {
    const other = runStep(step('Version'), { EVENT: 'push', REF_NAME: 'v9.9.9', REQUESTED: '' });
    expect(other.code).toBe(1);
    expect(other.stdout).toContain(`::error::package.json says ${version}, the release is 9.9.9`);
    const bad = runStep(step('Version'), { EVENT: 'workflow_dispatch', REF_NAME: 'main', REQUESTED: '1.2' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('::error::version must be X.Y.Z, not "1.2"');
    const byHand = runStep(step('Version'), { EVENT: 'workflow_dispatch', REF_NAME: 'main', REQUESTED: '' });
    expect(byHand.outputs).toContain(`version=${version}\n`);
  });

  it("the release notes are the version's CHANGELOG section, and only that", () => {
    const awk = /awk [^\n]+CHANGELOG\.md > notes\.md/.exec(
      step('GitHub release with the tarball and the schema'),
    );
    expect(awk).not.toBeNull();
    const script = `${awk![0].replace('> notes.md', '')}`;
    const notes = runStep(script, { VERSION: version }).stdout;
    expect(notes).toContain('### Added');
    expect(notes).not.toContain('## [');
    expect(notes).not.toContain('[Unreleased]');
    const section = changelog.slice(changelog.indexOf(`## [${version}]`));
    expect(section.split('\n').slice(1).join('\n').trim()).toContain(notes.trim());
  });

  it('publishes only with an NPM_TOKEN, after the packed package was tried', () => {
    const names = steps.map((s) => s.name ?? s.run ?? '');
    const publish = steps.find((s) => s.name === 'Publish the package');
    expect(publish?.if).toBe("env.NPM_TOKEN != ''");
    expect(names.indexOf('npm run test:pack')).toBeGreaterThan(-1);
    expect(names.indexOf('npm run test:pack')).toBeLessThan(names.indexOf('Publish the package'));
    expect(release.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
  });
});

describe('CHANGELOG.md', () => {
  const headings = [...changelog.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
  it('follows Keep a Changelog: Unreleased first, then dated versions, newest first', () => {
    expect(changelog.startsWith('# Changelog\n')).toBe(true);
    expect(headings[0]).toBe('[Unreleased]');
    const versions = headings.slice(1).map((h) => /^\[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$/.exec(h));
    expect(versions.every(Boolean), headings.join(' | ')).toBe(true);
    const dates = versions.map((v) => v![2]!);
    expect([...dates].sort().reverse()).toEqual(dates);
    const kinds = [...changelog.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    for (const kind of kinds)
      expect(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']).toContain(kind);
  });

  it("has a section for package.json's version, so its release has notes", () => {
    expect(headings.some((h) => h.startsWith(`[${version}] - `))).toBe(true);
  });
});

describe('editor snippets', () => {
  const readme = readFileSync('README.md', 'utf8');
  it('point at the asset the release uploads and at the file the package ships', () => {
    const urls = [
      ...readme.matchAll(
        /https:\/\/github\.com\/<owner>\/decision-register\/releases\/latest\/download\/([\w.-]+)/g,
      ),
    ];
    expect(urls.length).toBeGreaterThanOrEqual(2);
    const uploaded = /gh release create [^\n]*?(schema\/[\w.-]+)/.exec(
      step('GitHub release with the tarball and the schema'),
    );
    expect(uploaded).not.toBeNull();
    for (const url of urls) expect(`schema/${url[1]}`).toBe(uploaded![1]);
    const files: string[] = JSON.parse(readFileSync('package.json', 'utf8')).files;
    expect(readme).toContain('./node_modules/decision-register/schema/register.schema.json');
    expect(files).toContain('schema/');
  });
});
