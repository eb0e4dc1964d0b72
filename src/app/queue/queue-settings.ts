import { StartError } from '../app-credentials.js';
import { DEFAULT_POLICY, type QueuePolicy } from './webhook-job.js';

type Env = Record<string, string | undefined>;

/** Which part of the app a process runs. */
export type Role = 'web' | 'worker' | 'all';
export const ROLES: readonly Role[] = ['web', 'worker', 'all'];

/** The queue's settings from DECISION_REGISTER_* variables; README "Running web and workers". */
export interface QueueSettings {
  policy: QueuePolicy;
  /** How long a running job's lock lasts; a killed worker's job is picked up after it. */
  lockMs: number;
  /** How often the redelivery job runs; 0 turns it off. */
  redeliverEveryMs: number;
  /** How far back the redelivery job looks in GitHub's delivery log. */
  redeliverWindowMs: number;
  /** How often one delivery is redelivered before it is given up on. */
  maxRedeliveries: number;
}

function whole(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new StartError(`${name} must be a whole number from ${min} to ${max}, not "${raw.slice(0, 40)}"`);
  }
  return value;
}

/** Reads and checks the queue's variables; a bad one is a StartError naming it. */
export function queueSettingsFromEnv(env: Env): QueueSettings {
  return {
    policy: {
      concurrency: whole(env, 'DECISION_REGISTER_CONCURRENCY', DEFAULT_POLICY.concurrency, 1, 256),
      attempts: whole(env, 'DECISION_REGISTER_ATTEMPTS', DEFAULT_POLICY.attempts, 1, 50),
      baseDelayMs: whole(env, 'DECISION_REGISTER_RETRY_BASE_MS', DEFAULT_POLICY.baseDelayMs, 0, 3_600_000),
      maxDelayMs: DEFAULT_POLICY.maxDelayMs,
    },
    lockMs: whole(env, 'DECISION_REGISTER_JOB_LOCK_MS', 30_000, 1_000, 3_600_000),
    redeliverEveryMs: whole(env, 'DECISION_REGISTER_REDELIVER_EVERY_SECONDS', 300, 0, 86_400) * 1000,
    redeliverWindowMs: whole(env, 'DECISION_REGISTER_REDELIVER_WINDOW_HOURS', 6, 1, 72) * 3_600_000,
    maxRedeliveries: whole(env, 'DECISION_REGISTER_MAX_REDELIVERIES', 3, 1, 20),
  };
}

/** The role from `--role X` (or `--role=X`) in argv, else DECISION_REGISTER_ROLE, else `all`. */
export function roleOf(argv: readonly string[], env: Env): Role {
  let raw = env.DECISION_REGISTER_ROLE?.trim() || 'all';
  for (const [index, arg] of argv.entries()) {
    if (arg === '--role') raw = argv[index + 1] ?? '';
    else if (arg.startsWith('--role=')) raw = arg.slice('--role='.length);
  }
  if (!(ROLES as readonly string[]).includes(raw)) {
    throw new StartError(`--role must be web, worker or all, not "${raw.slice(0, 40)}"`);
  }
  return raw as Role;
}
