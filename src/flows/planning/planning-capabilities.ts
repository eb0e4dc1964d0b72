import { GitHubError } from '../../github/github-port.js';
import { GraphqlProblem } from '../../github/planning-port.js';
import type { PlanningOutcome } from '../../plan/planning/planning-outcome.js';
import type { Logger } from '../logger.js';

export type PlanningFeature = 'sub-issues' | 'dependencies' | 'projects';

const FALLBACK: Record<PlanningFeature, string> = {
  'sub-issues':
    'sub-issues are not available on this GitHub (404); tracking issues list their items as a task list instead.',
  dependencies:
    'issue dependencies are not available on this GitHub (404); tracking issues name the blockers instead.',
  projects: 'Projects v2 are not available on this GitHub (GraphQL error); project fields are left alone.',
};

const ANSWERED = new Set(['NOT_FOUND', 'FORBIDDEN', 'INSUFFICIENT_SCOPES']);

/**
 * Which planning features this GitHub has, learnt during one run: the first answer that shows a
 * feature is missing (REST 404/410, a GraphQL error) switches it off for the rest of the run,
 * with one log line, so an older GitHub Enterprise Server costs one failed request per feature.
 */
export class PlanningCapabilities {
  private readonly missing = new Set<PlanningFeature>();

  constructor(
    private readonly log: Logger,
    private readonly outcome: PlanningOutcome,
  ) {}

  has(feature: PlanningFeature): boolean {
    return !this.missing.has(feature);
  }

  /** True (and the feature off from now on) when `error` says the feature is missing. */
  missingAfter(feature: PlanningFeature, error: unknown): boolean {
    const gone =
      feature === 'projects'
        ? // A server without the feature rejects the document (no error type); NOT_FOUND is a
          // missing project, FORBIDDEN a missing scope: those are problems, not a missing feature.
          error instanceof GraphqlProblem && !error.types.some((type) => ANSWERED.has(type))
        : error instanceof GitHubError && (error.status === 404 || error.status === 410);
    if (!gone) return false;
    if (!this.missing.has(feature)) {
      this.missing.add(feature);
      this.outcome.fallbacks.push(FALLBACK[feature]);
      this.log.info(FALLBACK[feature]);
    }
    return true;
  }
}

/** A failure's message for a one-line report. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
