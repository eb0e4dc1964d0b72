import { configFromObject } from '../../config/parse-config.js';
import { parseRegister } from '../../parse/parse-register.js';

const YAML = ['decisions:', '  - id: D1', '    title: Warm up', '    status: open', ''].join('\n');
const MARKDOWN = ['# Review', '', '## Decisions', '', '- D1: Warm up (open)', ''].join('\n');

/**
 * Runs the readers once before a worker takes jobs: the config and register schemas compile
 * (ajv, a few hundred ms) and the parsers' modules initialise here, not inside the first jobs.
 * Never throws; a failure here would show again, as findings, in the first real job.
 */
export function warmUp(): void {
  try {
    configFromObject(null);
    parseRegister('warm-up.yml', YAML);
    parseRegister('warm-up.md', MARKDOWN);
  } catch {
    // see above
  }
}
