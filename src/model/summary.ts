/** Totals of one check: the `summary` object of the JSON output and the basis of every verdict line. */
export interface Summary {
  /** Register files checked. */
  files: number;
  /** Decisions found in those files. */
  decisions: number;
  errors: number;
  warnings: number;
}
