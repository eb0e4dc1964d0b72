/** The counts and ratios of the followup-implied evaluation (see followup-implied.ts). */
import type { PositiveClass } from './followup-positives.js';

/** Figures for one corpus folder (or all of them). */
export interface FollowupFigures {
  files: number;
  proseLines: number;
  flagged: number;
  truePositives: number;
  positives: number;
  /** Positives whose unmarked text commits someone (recall's denominator). */
  commitments: number;
  /** Exact over labelled folders; a lower bound elsewhere (see precisionLowerBound). */
  precision?: number;
  /** Flagged positives / flagged, whether or not a person read every action. */
  precisionLowerBound: number;
  /** Flagged commitments / commitments. */
  recall: number;
  /** Flagged positives / positives of every class (the figure before positives were classed). */
  recallAllMarked: number;
  /** Positives by class of their unmarked text. */
  classes: Record<PositiveClass, number>;
}

export interface Counts {
  files: number;
  proseLines: number;
  flagged: number;
  truePositives: number;
  flaggedCommitments: number;
  classes: Record<PositiveClass, number>;
}

export function emptyCounts(): Counts {
  return {
    files: 0,
    proseLines: 0,
    flagged: 0,
    truePositives: 0,
    flaggedCommitments: 0,
    classes: { commitment: 0, 'no subject': 0, outcome: 0, question: 0 },
  };
}

export function add(into: Counts, more: Counts): void {
  into.files += more.files;
  into.proseLines += more.proseLines;
  into.flagged += more.flagged;
  into.truePositives += more.truePositives;
  into.flaggedCommitments += more.flaggedCommitments;
  for (const kind of Object.keys(into.classes) as PositiveClass[]) into.classes[kind] += more.classes[kind];
}

/** Ratios; `exact` when a person read every action of the folder (then precision is exact). */
export function finish(counts: Counts, exact: boolean): FollowupFigures {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  const positives = Object.values(counts.classes).reduce((sum, n) => sum + n, 0);
  const precision = ratio(counts.truePositives, counts.flagged);
  return {
    files: counts.files,
    proseLines: counts.proseLines,
    flagged: counts.flagged,
    truePositives: counts.truePositives,
    positives,
    commitments: counts.classes.commitment,
    ...(exact ? { precision } : {}),
    precisionLowerBound: precision,
    recall: ratio(counts.flaggedCommitments, counts.classes.commitment),
    recallAllMarked: ratio(counts.truePositives, positives),
    classes: { ...counts.classes },
  };
}
