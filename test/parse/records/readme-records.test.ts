// The README's examples of decision records and logs, read as the README says they are.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../../src/check/check-files.js';
import { defaultConfig } from '../../../src/config/default-config.js';
import { isRegisterPath } from '../../../src/config/is-register-path.js';
import { parseRegister } from '../../../src/parse/parse-register.js';

const README = readFileSync('README.md', 'utf8');
const EXAMPLE = /<!-- readme-(record|log): (\S+) (\S+)(?: (\S+))? -->\n```\w*\n([\s\S]*?)\n```/g;
const examples = [...README.matchAll(EXAMPLE)].map((m) => ({
  kind: m[1]!,
  path: m[2]!,
  want: m[3]!,
  status: m[4],
  text: `${m[5]!}\n`,
}));

describe('README decision record examples', () => {
  it('are all there', () => {
    expect(examples.filter((e) => e.kind === 'record').length).toBeGreaterThanOrEqual(5);
    expect(examples.some((e) => e.kind === 'log')).toBe(true);
  });

  it.each(examples.filter((e) => e.kind === 'record'))('$path reads as $want ($status)', (example) => {
    const { register, findings } = parseRegister(example.path, example.text);
    expect(findings).toEqual([]);
    expect(register.decisions).toHaveLength(1);
    expect(register.decisions[0]).toMatchObject({ id: example.want, status: example.status });
    expect([...register.actions, ...register.outputs]).toEqual([]);
  });

  it.each(examples.filter((e) => e.kind === 'log'))(
    '$path is a log of $want settled decisions',
    (example) => {
      const { register } = parseRegister(example.path, example.text);
      expect(register.decisions.map((d) => d.status)).toEqual(Array(Number(example.want)).fill('resolved'));
      const { findings } = checkFiles(
        [{ path: example.path, content: example.text }],
        defaultConfig(),
        '2026-01-01',
      );
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    },
  );

  it('ADR and KEP examples live where the default paths look', () => {
    for (const path of [
      'doc/adr/0013-use-postgresql.md',
      'docs/decisions/0004-use-madr.md',
      'keps/sig-node/1287-in-place-update/kep.yaml',
    ])
      expect(isRegisterPath(defaultConfig(), path), path).toBe(true);
  });
});
