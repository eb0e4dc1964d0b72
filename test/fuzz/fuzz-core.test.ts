// The short fuzz of `npm test`: hostile registers through parse, check, plan and render, 0
// exceptions. `npm run fuzz` runs the long one (100k inputs) and prints the counts.
import { describe, expect, it } from 'vitest';
import { formatReport, runFuzz } from '../../scripts/fuzz/fuzz-core.js';

describe('the fuzzer (short run)', () => {
  it('300 hostile inputs through every stage throw nothing', () => {
    const report = runFuzz(300, 20261201);
    console.log(formatReport(report));
    expect(report.inputs).toBe(300);
    expect(report.samples.map((s) => `${s.stage}: ${s.message} ${s.at}`)).toEqual([]);
    expect(report.exceptions).toBe(0);
  }, 120_000);

  it('counts an exception in the stage that threw (the fuzzer itself can fail)', async () => {
    const { runFuzzWith } = await import('../../scripts/fuzz/fuzz-core.js');
    const report = runFuzzWith(20, 1, {
      render: () => {
        throw new Error('planted');
      },
    });
    expect(report.byStage).toEqual({ parse: 0, check: 0, plan: 0, render: 20 });
    expect(report.samples[0]?.message).toBe('planted');
  });
});
