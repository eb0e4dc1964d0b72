import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { JobCounts } from './webhook-job.js';

/** The app's Prometheus metrics (prom-client), one registry per process. */
export interface AppMetrics {
  registry: Registry;
  jobDuration: Histogram<'event' | 'outcome'>;
  githubRequests: Counter<'status'>;
  rateLimitRemaining: Gauge;
  redeliveries: Counter;
  deliveries: Counter<'outcome'>;
}

/** Creates the metrics; `counts` is read on each scrape for the jobs-by-state gauge. */
export function appMetrics(counts: () => Promise<JobCounts>): AppMetrics {
  const registry = new Registry();
  new Gauge({
    name: 'decision_register_jobs',
    help: 'Webhook jobs in the queue, by state.',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      try {
        const now = await counts();
        for (const [state, value] of Object.entries(now)) this.set({ state }, value);
      } catch {
        // Redis away: the last values stay; /healthz reports the outage.
      }
    },
  });
  return {
    registry,
    jobDuration: new Histogram({
      name: 'decision_register_job_duration_seconds',
      help: 'Time a worker spent on one attempt of a webhook job.',
      labelNames: ['event', 'outcome'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
      registers: [registry],
    }),
    githubRequests: new Counter({
      name: 'decision_register_github_requests_total',
      help: 'Requests to GitHub, by HTTP status (0: no answer).',
      labelNames: ['status'],
      registers: [registry],
    }),
    rateLimitRemaining: new Gauge({
      name: 'decision_register_github_rate_limit_remaining',
      help: 'x-ratelimit-remaining of the latest GitHub answer.',
      registers: [registry],
    }),
    redeliveries: new Counter({
      name: 'decision_register_redeliveries_total',
      help: 'Failed deliveries this deployment asked GitHub to redeliver.',
      registers: [registry],
    }),
    deliveries: new Counter({
      name: 'decision_register_deliveries_total',
      help: 'Webhook deliveries at the web role, by outcome.',
      labelNames: ['outcome'],
      registers: [registry],
    }),
  };
}

interface HookableOctokit {
  hook: {
    after(
      name: 'request',
      hook: (response: { status: number; headers: Record<string, unknown> }) => void,
    ): void;
    error(name: 'request', hook: (error: unknown) => never): void;
  };
}

/** An Octokit plugin counting GitHub's answers and tracking the rate limit left. */
export function metricsPlugin(metrics: Pick<AppMetrics, 'githubRequests' | 'rateLimitRemaining'>) {
  const track = (status: number, headers: Record<string, unknown> | undefined) => {
    metrics.githubRequests.inc({ status: String(status) });
    const remaining = Number(headers?.['x-ratelimit-remaining']);
    if (Number.isFinite(remaining)) metrics.rateLimitRemaining.set(remaining);
  };
  return (octokit: HookableOctokit) => {
    octokit.hook.after('request', (response) => track(response.status, response.headers));
    octokit.hook.error('request', (error) => {
      const response = (error as { status?: number; response?: { headers?: Record<string, unknown> } }) ?? {};
      track(typeof response.status === 'number' ? response.status : 0, response.response?.headers);
      throw error;
    });
  };
}
