// Sub-issues, issue dependencies and Projects v2 boards, kept beside the fake's state (one store
// per FakeState) so the repository records stay as they were.
import type { IssueRecord } from './records.js';
import { nodeId } from './render-common.js';
import type { FakeState, RepoState } from './state.js';

/** Planning features a fake can switch off to play an older GitHub Enterprise Server. */
export type PlanningFeature = 'sub-issues' | 'dependencies' | 'projects';

/** Which operations belong to which switchable feature (they answer 404 when it is off). */
export const FEATURE_OF_OPERATION: Readonly<Record<string, PlanningFeature>> = {
  'issues/list-sub-issues': 'sub-issues',
  'issues/add-sub-issue': 'sub-issues',
  'issues/list-dependencies-blocked-by': 'dependencies',
  'issues/add-blocked-by-dependency': 'dependencies',
};

export interface ProjectFieldRecord {
  id: string;
  name: string;
  dataType: 'DATE' | 'SINGLE_SELECT' | 'TEXT';
  options?: { id: string; name: string }[];
}

export interface ProjectCardRecord {
  id: string;
  /** Node id of the issue on the card. */
  contentId: string;
  /** Field id → value. */
  values: Map<string, { date?: string; optionId?: string }>;
}

export interface ProjectRecord {
  id: string;
  ownerKind: 'organization' | 'user';
  owner: string;
  number: number;
  title: string;
  fields: ProjectFieldRecord[];
  cards: ProjectCardRecord[];
}

/** What `fake.planning` lets a test script and read. */
export class PlanningStore {
  /** `repo#parent` → sub-issue ids in the order added. */
  readonly subIssues = new Map<string, number[]>();
  /** `repo#issue` → ids of the issues blocking it. */
  readonly blockedBy = new Map<string, number[]>();
  readonly projects: ProjectRecord[] = [];
  private next = 1;

  constructor(private readonly state: FakeState) {}

  /** An id for a project, field, option or card. */
  nodeId(kind: string): string {
    return nodeId(kind, this.next++);
  }

  /** Adds a board; `fields` as names with their type (a single-select lists its options). */
  addProject(options: {
    owner: string;
    ownerKind?: 'organization' | 'user';
    number: number;
    title?: string;
    fields?: { name: string; dataType: ProjectFieldRecord['dataType']; options?: string[] }[];
  }): ProjectRecord {
    const project: ProjectRecord = {
      id: this.nodeId('PVT_'),
      ownerKind: options.ownerKind ?? 'organization',
      owner: options.owner,
      number: options.number,
      title: options.title ?? `Project ${options.number}`,
      fields: [
        { id: this.nodeId('PVTF_'), name: 'Title', dataType: 'TEXT' },
        ...(options.fields ?? []).map((field) => ({
          id: this.nodeId('PVTF_'),
          name: field.name,
          dataType: field.dataType,
          ...(field.options
            ? { options: field.options.map((name) => ({ id: this.nodeId('PVTSSO_'), name })) }
            : {}),
        })),
      ],
      cards: [],
    };
    this.projects.push(project);
    return project;
  }

  findProject(ownerKind: string, owner: string, number: number): ProjectRecord | undefined {
    return this.projects.find(
      (p) =>
        p.ownerKind === ownerKind && p.owner.toLowerCase() === owner.toLowerCase() && p.number === number,
    );
  }

  /** The issue with a global id, in any repository. */
  issueById(id: number): { repo: RepoState; issue: IssueRecord } | undefined {
    for (const repo of this.state.repos.values())
      for (const issue of repo.issues.values()) if (issue.id === id) return { repo, issue };
    return undefined;
  }

  /** The issue with a node id, in any repository. */
  issueByNodeId(id: string): IssueRecord | undefined {
    for (const repo of this.state.repos.values())
      for (const issue of repo.issues.values()) if (nodeId('Issue', issue.id) === id) return issue;
    return undefined;
  }

  /** Numbers of an issue's sub-issues (for assertions). */
  subIssueNumbers(fullName: string, parent: number): number[] {
    return (this.subIssues.get(`${this.state.repo(fullName).fullName}#${parent}`) ?? []).map(
      (id) => this.issueById(id)?.issue.number ?? -1,
    );
  }

  /** Numbers of the issues blocking one (for assertions). */
  blockerNumbers(fullName: string, issue: number): number[] {
    return (this.blockedBy.get(`${this.state.repo(fullName).fullName}#${issue}`) ?? []).map(
      (id) => this.issueById(id)?.issue.number ?? -1,
    );
  }
}

const stores = new WeakMap<FakeState, PlanningStore>();

/** The planning store of a fake's state (created on first use). */
export function planningOf(state: FakeState): PlanningStore {
  let store = stores.get(state);
  if (!store) {
    store = new PlanningStore(state);
    stores.set(state, store);
  }
  return store;
}
