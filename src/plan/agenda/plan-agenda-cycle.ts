import type { Config } from '../../config/config.js';
import { addDays, isIsoDate } from '../../model/iso-date.js';
import type { Register } from '../../model/register.js';
import { byPath } from './plan-agenda-items.js';

/** The review rhythm the registers record: the latest review and the next one it implies. */
export interface ReviewCycle {
  /** The register holding the latest review (by date; ties go to the first path). */
  latest?: {
    file: string;
    line: number;
    date: string;
    title?: string;
    /** The open operational problem the review worked on, as written. */
    problem?: string;
  };
  /** Days in the working cycle: the latest review's `cycle_days`, else the config's. */
  cycleDays: number;
  /** Latest review date + cycleDays; absent when no register records a valid review date. */
  nextReview?: string;
  /**
   * The end of "this cycle" for due-this-cycle counts and "outputs due before the next review":
   * the next review, or today + cycle_days when no review is recorded.
   */
  horizon: string;
  /** True when the next review date has passed and no register records a later review yet. */
  stale: boolean;
}

/**
 * Finds the latest review among the registers and derives the next review date from it
 * (latest review date + cycle_days). Registers without a valid `review.date` are ignored.
 */
export function planCycle(
  registers: readonly Register[],
  config: Pick<Config, 'cycle_days'>,
  today: string,
): ReviewCycle {
  let latest: Register | undefined;
  for (const register of byPath(registers)) {
    const date = register.review?.date?.trim();
    if (!isIsoDate(date)) continue;
    if (!latest || date > (latest.review?.date?.trim() ?? '')) latest = register;
  }
  const review = latest?.review;
  const own = review?.cycle_days;
  const cycleDays = Number.isInteger(own) && (own as number) > 0 ? (own as number) : config.cycle_days;
  if (!latest || !review)
    return { cycleDays, horizon: addDays(today, cycleDays) ?? '9999-12-31', stale: false };
  const date = (review.date ?? '').trim();
  const nextReview = addDays(date, cycleDays) ?? '9999-12-31';
  return {
    latest: {
      file: latest.file,
      line: review.pos.line,
      date,
      ...(nonBlank(review.title) ? { title: review.title?.trim() } : {}),
      ...(nonBlank(review.problem) ? { problem: review.problem?.trim() } : {}),
    },
    cycleDays,
    nextReview,
    horizon: nextReview,
    stale: nextReview < today,
  };
}

function nonBlank(text: string | undefined): boolean {
  return typeof text === 'string' && text.trim() !== '';
}
