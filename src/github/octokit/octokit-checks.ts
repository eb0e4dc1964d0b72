import type { CheckRunResult, CheckRunStart, GitHubPort } from '../github-port.js';
import type { PortContext } from './port-context.js';

/** The Checks API takes at most 50 annotations per request. */
export const CHECK_ANNOTATION_BATCH = 50;

/** Check runs, with annotations in batches of 50. */
export function checkMethods(
  ctx: PortContext,
): Pick<GitHubPort, 'createCheckRun' | 'completeCheckRun' | 'findOpenCheckRun' | 'updateCheckRunProgress'> {
  const { octokit, base, call } = ctx;
  return {
    async createCheckRun(run: CheckRunStart) {
      const { data } = await call('create check run', () =>
        octokit.request('POST /repos/{owner}/{repo}/check-runs', {
          ...base,
          name: run.name,
          head_sha: run.headSha,
          status: 'in_progress',
          ...(run.externalId ? { external_id: run.externalId } : {}),
        }),
      );
      return data.id as number;
    },

    async findOpenCheckRun(headSha, name, externalId) {
      // The newest first; an earlier attempt's run is among the last few of this name.
      const { data } = await call('list check runs', () =>
        octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
          ...base,
          ref: headSha,
          check_name: name,
          per_page: 100,
        }),
      );
      const runs = data.check_runs as { id: number; external_id: string | null; status: string }[];
      const open = runs.find((run) => run.external_id === externalId && run.status !== 'completed');
      return open?.id;
    },

    async updateCheckRunProgress(id, output) {
      await call('update check run', () =>
        octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
          ...base,
          check_run_id: id,
          status: 'in_progress',
          output,
        }),
      );
    },

    async completeCheckRun(id, result: CheckRunResult) {
      const batches: CheckRunResult['annotations'][] = [];
      for (let i = 0; i < result.annotations.length; i += CHECK_ANNOTATION_BATCH) {
        batches.push(result.annotations.slice(i, i + CHECK_ANNOTATION_BATCH));
      }
      const output = {
        title: result.title,
        summary: result.summary,
        ...(result.text ? { text: result.text } : {}),
      };
      // Annotations accumulate across updates; the last request also completes the run.
      for (const batch of batches.slice(0, -1)) {
        await call('annotate check run', () =>
          octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
            ...base,
            check_run_id: id,
            output: { ...output, annotations: batch },
          }),
        );
      }
      await call('complete check run', () =>
        octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
          ...base,
          check_run_id: id,
          status: 'completed',
          conclusion: result.conclusion,
          output: { ...output, annotations: batches.at(-1) ?? [] },
        }),
      );
    },
  };
}
