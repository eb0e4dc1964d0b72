import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, readSourceModules, type SourceModule } from './import-graph.js';

// The house rules of the README's architecture section, read off the source tree itself.
const root = join(import.meta.dirname, '..', '..');
const modules = readSourceModules(root);

/** Lower ranks never import higher ones; equal ranks in different folders never import each other. */
const RANK: Record<string, number> = {
  model: 0,
  text: 1,
  config: 1,
  parse: 2,
  rules: 3,
  check: 4,
  plan: 5,
  render: 6,
  github: 7,
  flows: 8,
  action: 9,
  app: 9,
  cli: 9,
};
const CORE = ['model', 'text', 'config', 'parse', 'rules', 'check', 'plan', 'render'];
const layerOf = (path: string) => {
  const parts = path.split('/');
  if (parts[0] !== 'src') return 'outside';
  return parts.length === 2 ? 'entry' : parts[1]!;
};
const rankOf = (path: string) => RANK[layerOf(path)] ?? (path.startsWith('src/') ? 10 : -1);

const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');

function wrongArrows(all: SourceModule[]): string[] {
  return all.flatMap((m) =>
    m.local
      .filter((target) => target.startsWith('src/') && layerOf(target) !== layerOf(m.path))
      .filter((target) => rankOf(target) >= rankOf(m.path))
      .map((target) => `${m.path} → ${target}`),
  );
}

describe('architecture', () => {
  it('has no import cycles', () => {
    expect(importCycles(modules)).toEqual([]);
  });

  it('imports only downwards (model → text/config → parse → rules → check → plan → render → github → flows → shells)', () => {
    expect(wrongArrows(modules)).toEqual([]);
  });

  it('keeps the pure core away from GitHub clients, shells, the file system and the environment', () => {
    const offending = modules
      .filter((m) => CORE.includes(layerOf(m.path)))
      .flatMap((m) => [
        ...m.packages
          .filter((p) => /^(@octokit\/|octokit$|@actions\/|probot|node:fs|fs$|node:child_process)/.test(p))
          .map((p) => `${m.path} imports ${p}`),
        ...(/\bprocess\.env\b/.test(withoutComments(m.text)) ? [`${m.path} reads process.env`] : []),
      ]);
    expect(offending).toEqual([]);
  });

  it('keeps files short and folders small', () => {
    const long = modules.filter((m) => m.text.split('\n').length > 320).map((m) => m.path);
    expect(long).toEqual([]);
    const crowded = (dir: string): string[] => {
      const entries = readdirSync(join(root, dir), { withFileTypes: true });
      const files = entries.filter((e) => e.isFile()).length;
      return [
        ...(files > 16 ? [`${dir} (${files} files)`] : []),
        ...entries.filter((e) => e.isDirectory()).flatMap((e) => crowded(join(dir, e.name))),
      ];
    };
    expect(crowded('src')).toEqual([]);
  });

  // The checks above can fail: a planted upward arrow and a planted cycle are both caught.
  it('catches an upward import and a cycle when they exist', () => {
    const planted: SourceModule[] = [
      { path: 'src/model/a.ts', local: ['src/plan/b.ts'], packages: [], text: '' },
      { path: 'src/plan/b.ts', local: ['src/model/a.ts'], packages: [], text: '' },
    ];
    expect(wrongArrows(planted)).toEqual(['src/model/a.ts → src/plan/b.ts']);
    expect(importCycles(planted)).toEqual([['src/model/a.ts', 'src/plan/b.ts']]);
  });
});
