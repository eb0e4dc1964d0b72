/** A meeting's tracking issue after a run. */
export interface TrackingIssueOutcome {
  file: string;
  number: number;
  url: string;
  created: boolean;
}

/** What the planning step did: tracking issues, links, project cards; never a failure of the run. */
export interface PlanningOutcome {
  tracking: TrackingIssueOutcome[];
  /** Sub-issue links added now. */
  subIssuesAdded: number;
  /** Blocked-by dependencies added now. */
  blockersAdded: number;
  /** Issues added to the project now, and field values written. */
  projectAdded: number;
  projectFieldsSet: number;
  /** One line per feature this server lacks (the tracking issue lists the links instead). */
  fallbacks: string[];
  /** One line per thing that could not be done (missing project or field, a refused call). */
  problems: string[];
}

export function emptyPlanningOutcome(): PlanningOutcome {
  return {
    tracking: [],
    subIssuesAdded: 0,
    blockersAdded: 0,
    projectAdded: 0,
    projectFieldsSet: 0,
    fallbacks: [],
    problems: [],
  };
}
