// Calls the nlp helper's `evalFollowupImplied(corpusRoot)` (scripts/eval/followup-implied.ts)
// when it exists. It is bundled on the fly (like scripts/run-ts.mjs does) rather than imported
// statically, so this evaluation runs before that module lands and says "not available".
import { access, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const MODULE = 'scripts/eval/followup-implied.ts';

type Evaluate = (corpusRoot: string) => unknown;

/** The module's result, or undefined with the reason when it is not there or fails. */
export async function evalFollowupImpliedIfAvailable(
  corpusRoot: string,
): Promise<{ ok: true; result: unknown } | { ok: false; reason: string }> {
  const entry = resolve(MODULE);
  if (
    !(await access(entry).then(
      () => true,
      () => false,
    ))
  )
    return { ok: false, reason: `not available (${MODULE} is missing)` };
  try {
    const { build } = await import('esbuild');
    const outdir = resolve('node_modules/.cache/decision-register/run-ts');
    await mkdir(outdir, { recursive: true });
    const outfile = resolve(outdir, 'followup-implied-eval.mjs');
    await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      // As scripts/run-ts.mjs does: without the Markdown reader no file has prose to evaluate.
      inject: [resolve('src/parse/markdown/register-markdown.ts')],
      logLevel: 'silent',
    });
    const mod = (await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)) as {
      evalFollowupImplied?: Evaluate;
    };
    if (typeof mod.evalFollowupImplied !== 'function')
      return { ok: false, reason: 'not available (no evalFollowupImplied export)' };
    const result = await mod.evalFollowupImplied(corpusRoot);
    // Figures over no prose at all would read as a perfect 1.00/1.00: say so instead.
    const proseLines = (result as { proseLines?: unknown } | null)?.proseLines;
    if (proseLines === 0) return { ok: false, reason: 'not measured (no prose lines were read)' };
    return { ok: true, result };
  } catch (error) {
    return { ok: false, reason: `not available (${String(error).split('\n')[0]})` };
  }
}

/** Every `precision`/`recall` pair found in a result, with the path that leads to it. */
export function precisionRecall(
  result: unknown,
  path = '',
): Array<{ path: string; precision: number; recall: number }> {
  if (result === null || typeof result !== 'object') return [];
  const record = result as Record<string, unknown>;
  const found: Array<{ path: string; precision: number; recall: number }> = [];
  if (typeof record.precision === 'number' && typeof record.recall === 'number')
    found.push({ path: path || '(all)', precision: record.precision, recall: record.recall });
  for (const [key, value] of Object.entries(record)) {
    if (value && typeof value === 'object')
      found.push(...precisionRecall(value, path ? `${path}.${key}` : key));
  }
  return found;
}
