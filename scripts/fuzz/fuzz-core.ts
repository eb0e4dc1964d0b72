// The fuzzer's core: every input through parse, check, plan and render, counting exceptions per
// stage. `npm run fuzz` runs 100k inputs (scripts/fuzz.ts); test/fuzz runs a short one in `npm test`.
import fc from 'fast-check';
import { checkParsed } from '../../src/check/check-files.js';
import { diffRegisters } from '../../src/check/diff-registers.js';
import { defaultConfig } from '../../src/config/default-config.js';
import type { Register } from '../../src/model/register.js';
import { parseRegister } from '../../src/parse/parse-register.js';
import { planAgenda } from '../../src/plan/agenda/plan-agenda.js';
import { planDashboard } from '../../src/plan/agenda/plan-dashboard.js';
import { planReminders } from '../../src/plan/agenda/plan-reminders.js';
import { planFollowUps, renderFollowUpBody } from '../../src/plan/follow-ups/plan-follow-ups.js';
import { planAnnotations, planCheckAnnotations } from '../../src/plan/review/plan-annotations.js';
import { planCheckRun } from '../../src/plan/review/plan-check-run.js';
import { planReviewComment } from '../../src/plan/review/plan-review-comment.js';
import { planJobSummary } from '../../src/plan/review/plan-summary.js';
import { renderAgenda } from '../../src/render/render-agenda.js';
import { renderDashboardHtml } from '../../src/render/render-dashboard-html.js';
import { renderGithubAnnotations } from '../../src/render/render-github.js';
import { renderJson } from '../../src/render/render-json.js';
import { renderSarif } from '../../src/render/render-sarif.js';
import { renderStatusMd } from '../../src/render/render-status-md.js';
import { renderText } from '../../src/render/render-text.js';
import { type FuzzInput, fuzzInput } from './fuzz-inputs.js';

export const STAGES = ['parse', 'check', 'plan', 'render'] as const;
export type Stage = (typeof STAGES)[number];

export interface FuzzReport {
  inputs: number;
  exceptions: number;
  byStage: Record<Stage, number>;
  /** Up to 10 distinct failures: stage, message, first stack frame, and the input. */
  samples: { stage: Stage; message: string; at: string; input: FuzzInput }[];
  ms: number;
  /** Milliseconds spent per stage, and generating inputs. */
  msByStage: Record<Stage | 'generate', number>;
}

const REPO = { owner: 'acme', repo: 'decisions', serverUrl: 'https://github.com' };
const SHA = 'a'.repeat(40);

/** Runs `count` inputs (seeded, so a failure can be replayed) and counts what threw where. */
export function runFuzz(count: number, seed = 1): FuzzReport {
  return runFuzzWith(count, seed, {});
}

/** runFuzz with extra work per stage (tests plant a failure to show the counting works). */
export function runFuzzWith(
  count: number,
  seed: number,
  extra: Partial<Record<Stage, () => void>>,
): FuzzReport {
  const started = performance.now();
  const config = defaultConfig();
  const report: FuzzReport = {
    inputs: 0,
    exceptions: 0,
    byStage: { parse: 0, check: 0, plan: 0, render: 0 },
    samples: [],
    ms: 0,
    msByStage: { generate: 0, parse: 0, check: 0, plan: 0, render: 0 },
  };
  let mark = performance.now();
  const enter = (next: Stage | 'generate', from: Stage | 'generate') => {
    const now = performance.now();
    report.msByStage[from] += now - mark;
    mark = now;
    return next;
  };
  const seen = new Set<string>();
  let previous: Register[] = [];
  const batch = 500;
  for (let done = 0; done < count; done += batch) {
    mark = performance.now();
    const inputs = fc.sample(fuzzInput, { numRuns: Math.min(batch, count - done), seed: seed + done });
    enter('parse', 'generate');
    for (const input of inputs) {
      report.inputs++;
      let stage: Stage = 'parse';
      try {
        const parsed = parseRegister(input.file, input.content, { maxBytes: config.max_file_bytes });
        stage = enter('check', stage) as Stage;
        const registers = [parsed.register];
        const checked = checkParsed({ registers, parseFindings: parsed.findings }, config, input.today);
        const diff = diffRegisters(previous, registers);
        const findings = [
          ...checked.findings,
          ...diff.findings.map((f) => ({ ...f, severity: 'warning' as const })),
        ];
        previous = registers;
        stage = enter('plan', stage) as Stage;
        const { summary } = checked;
        const comment = planReviewComment({
          findings,
          summary,
          repo: REPO,
          headSha: SHA,
          mentionOwners: true,
          owners: new Map(),
          filterMode: 'added',
        });
        const jobSummary = planJobSummary({
          findings,
          summary,
          repo: REPO,
          headSha: SHA,
          filterMode: 'file',
        });
        const checkRun = planCheckRun(findings, summary, {
          failOn: 'error',
          link: { ...REPO, headSha: SHA },
          filterMode: 'nofilter',
        });
        planAnnotations(findings, { maxPerType: 10 });
        planCheckAnnotations(findings);
        const drafts = planFollowUps({
          registers,
          decisions: registers.flatMap((r) => r.decisions),
          issuesFor: 'both',
          config,
          repo: REPO,
          sha: SHA,
          pull: 7,
        });
        const agenda = planAgenda({
          registers,
          config,
          today: input.today,
          baseline: { registers: previous, ref: SHA },
        });
        const dashboard = planDashboard({ registers, config, today: input.today });
        planReminders({ registers, issues: [], config, today: input.today, repo: REPO, sha: SHA });
        stage = enter('render', stage) as Stage;
        for (const draft of drafts) renderFollowUpBody(draft, []);
        renderAgenda(agenda);
        renderStatusMd(dashboard);
        renderDashboardHtml(dashboard);
        renderText(findings, summary, { color: true });
        renderJson(findings, summary);
        renderSarif(findings, { toolVersion: '0.0.0' });
        renderGithubAnnotations(findings);
        extra.render?.();
        void [comment, jobSummary, checkRun];
        enter('parse', stage);
      } catch (error) {
        enter('parse', stage);
        report.exceptions++;
        report.byStage[stage]++;
        const message = error instanceof Error ? error.message : String(error);
        const at = (error instanceof Error ? error.stack?.split('\n')[1]?.trim() : undefined) ?? '';
        const key = `${stage} ${message.slice(0, 80)} ${at}`;
        if (!seen.has(key) && report.samples.length < 10) {
          seen.add(key);
          report.samples.push({ stage, message, at, input });
        }
      }
    }
  }
  report.ms = Math.round(performance.now() - started);
  for (const key of Object.keys(report.msByStage) as (Stage | 'generate')[])
    report.msByStage[key] = Math.round(report.msByStage[key]);
  return report;
}

/** The counts as printed lines. */
export function formatReport(report: FuzzReport): string {
  const lines = [
    `fuzz: ${report.inputs} inputs, ${report.exceptions} exceptions (${STAGES.map((s) => `${s} ${report.byStage[s]}`).join(', ')}) in ${(report.ms / 1000).toFixed(1)} s`,
    `  time: ${Object.entries(report.msByStage)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
      .join(', ')}`,
  ];
  for (const sample of report.samples) {
    lines.push(`  ${sample.stage}: ${sample.message.split('\n')[0]} ${sample.at}`);
    lines.push(
      `    input ${sample.input.file} today ${sample.input.today}: ${JSON.stringify(typeof sample.input.content === 'string' ? sample.input.content.slice(0, 300) : Array.from(sample.input.content.slice(0, 60)))}`,
    );
  }
  return lines.join('\n');
}
