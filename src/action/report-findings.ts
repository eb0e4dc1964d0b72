import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import type { Finding } from '../model/finding.js';
import type { Summary } from '../model/summary.js';
import { planAnnotations } from '../plan/review/plan-annotations.js';
import { renderJson } from '../render/render-json.js';

/**
 * Emits line annotations (GitHub shows only 10 per type per step, so the 10 most important) and
 * sets the `errors`, `warnings` and `findings-json` outputs. Returns how many were left out.
 */
export async function reportFindings(
  findings: Finding[],
  summary: Summary,
): Promise<{ errors: number; warnings: number }> {
  const { shown, hidden } = planAnnotations(findings, { maxPerType: 10 });
  for (const finding of shown) {
    const properties = {
      title: `${finding.rule}${finding.item ? ` (${finding.item})` : ''}`,
      file: finding.file,
      startLine: finding.line,
      startColumn: finding.column,
    };
    if (finding.severity === 'error') core.error(finding.message, properties);
    else core.warning(finding.message, properties);
  }
  const path = join(process.env.RUNNER_TEMP || tmpdir(), `decision-register-findings-${process.pid}.json`);
  await writeFile(path, renderJson(findings, summary));
  core.setOutput('errors', summary.errors);
  core.setOutput('warnings', summary.warnings);
  core.setOutput('findings-json', path);
  return hidden;
}
