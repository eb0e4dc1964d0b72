import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { describeFsError } from '../flows/describe-fs-error.js';
import type { Finding } from '../model/finding.js';
import { PROJECT_URL, VERSION } from '../model/project.js';
import { renderSarif } from '../render/render-sarif.js';
import { InputError } from './inputs.js';

/**
 * Writes the findings as SARIF 2.1.0 to `path` (relative to GITHUB_WORKSPACE, as upload-sarif
 * reads it) and returns the absolute path. Finding paths are repo-relative, which is what code
 * scanning matches against the checkout.
 */
export async function writeSarif(path: string, findings: readonly Finding[]): Promise<string> {
  const absolute = resolve(process.env.GITHUB_WORKSPACE || process.cwd(), path);
  try {
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, renderSarif(findings, { toolVersion: VERSION, informationUri: PROJECT_URL }));
  } catch (error) {
    throw new InputError(`input sarif-file: cannot write ${path}: ${describeFsError(error)}`);
  }
  return absolute;
}
