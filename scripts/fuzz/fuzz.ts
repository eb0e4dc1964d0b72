// npm run fuzz [-- COUNT [SEED]]: 100k hostile inputs through parse, check, plan and render; prints
// the counts per stage and exits 1 when anything threw.
import { formatReport, runFuzz } from './fuzz-core.js';

const count = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 1);
const report = runFuzz(count, seed);
console.log(formatReport(report));
console.log(report.exceptions === 0 ? 'goal (0 exceptions): met' : 'goal (0 exceptions): NOT met');
process.exitCode = report.exceptions === 0 ? 0 : 1;
