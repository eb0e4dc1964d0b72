import type { PlanningPort } from '../../github/planning-port.js';
import type { FollowUpState } from '../../plan/follow-ups/item-identity.js';
import {
  fieldWrites,
  type ProjectValues,
  projectDate,
  type StatusOption,
  statusOptionFor,
} from '../../plan/planning/plan-project-fields.js';
import type { PlanningOutcome } from '../../plan/planning/planning-outcome.js';
import { parseProjectUrl } from '../../plan/planning/project-url.js';
import type { Logger } from '../logger.js';
import { type PlanningCapabilities, reasonOf } from './planning-capabilities.js';
import {
  ADD_CARD,
  type CardsAnswer,
  cardsQuery,
  type ProjectAnswer,
  projectQuery,
  SET_FIELD,
} from './project-queries.js';

/** An item's issue as the project shows it. */
export interface ProjectItem {
  key: string;
  number: number;
  state: FollowUpState;
  due?: string;
}

export interface ProjectSettings {
  url: string;
  fields: { due?: string; status?: string };
}

interface ProjectContext {
  planning: PlanningPort;
  repo: { owner: string; repo: string };
  caps: PlanningCapabilities;
  log: Logger;
  outcome: PlanningOutcome;
}

const BATCH = 50;

/**
 * Puts every item's issue on the project and sets its date and status fields. Reads first (one
 * query for the board, one per 50 issues for their cards) and writes only what differs, so a
 * re-run writes nothing; adding an issue already on the board returns its card anyway. A missing
 * project or field is one line; the rest goes on.
 */
export async function syncProject(
  items: readonly ProjectItem[],
  settings: ProjectSettings,
  ctx: ProjectContext,
) {
  if (items.length === 0 || !ctx.caps.has('projects')) return;
  const problem = (line: string) => {
    ctx.outcome.problems.push(line);
    ctx.log.warning(line);
  };
  const ref = parseProjectUrl(settings.url);
  if (!ref)
    return problem(
      `project: "${settings.url}" is not a Projects v2 URL (…/orgs/<org>/projects/<n>); skipped.`,
    );
  let board: NonNullable<NonNullable<ProjectAnswer['owner']>['projectV2']> | null | undefined;
  try {
    const answer = await ctx.planning.graphql<ProjectAnswer>(projectQuery(ref.ownerKind), {
      login: ref.login,
      number: ref.number,
    });
    board = answer.owner?.projectV2;
  } catch (error) {
    if (ctx.caps.missingAfter('projects', error)) return;
    return problem(`project ${settings.url} could not be read (${reasonOf(error)}); skipped.`);
  }
  if (!board)
    return problem(`project ${settings.url} was not found or is not visible to this token; skipped.`);
  const fields = board.fields.nodes.filter((f) => f !== null);
  const named = (name: string | undefined, type: string) => {
    if (!name) return undefined;
    const field = fields.find((f) => f.name.toLowerCase() === name.toLowerCase() && f.dataType === type);
    if (!field)
      problem(
        `project ${settings.url} has no ${type.toLowerCase().replace('_', '-')} field "${name}"; it is left alone.`,
      );
    return field;
  };
  const due = named(settings.fields.due, 'DATE');
  const status = named(settings.fields.status, 'SINGLE_SELECT');
  const options: StatusOption[] = status?.options ?? [];
  const unmapped = new Set<FollowUpState>();
  const projectId = board.id;

  for (let at = 0; at < items.length; at += BATCH) {
    const batch = items.slice(at, at + BATCH);
    let cards: CardsAnswer;
    try {
      cards = await ctx.planning.graphql<CardsAnswer>(
        cardsQuery(
          batch.map((i) => i.number),
          { due: Boolean(due), status: Boolean(status) },
        ),
        {
          owner: ctx.repo.owner,
          repo: ctx.repo.repo,
          ...(due ? { due: due.name } : {}),
          ...(status ? { status: status.name } : {}),
        },
      );
    } catch (error) {
      if (ctx.caps.missingAfter('projects', error)) return;
      problem(
        `project cards of ${batch.length} issue(s) could not be read (${reasonOf(error)}); retried next run.`,
      );
      continue;
    }
    for (const item of batch) {
      const issue = cards.repository?.[`i${item.number}`];
      if (!issue) continue;
      const card = issue.projectItems.nodes.find((node) => node?.project.id === projectId);
      const wanted: ProjectValues = {};
      const date = due ? projectDate(item.due) : undefined;
      if (date) wanted.due = date;
      if (status) {
        const option = statusOptionFor(item.state, options);
        if (option) wanted.statusOptionId = option.id;
        else if (!unmapped.has(item.state)) {
          unmapped.add(item.state);
          problem(
            `project field "${status.name}" has no option for ${item.state} items; their status is left alone.`,
          );
        }
      }
      try {
        let cardId = card?.id;
        if (!cardId) {
          const added = await ctx.planning.graphql<{ addProjectV2ItemById: { item: { id: string } | null } }>(
            ADD_CARD,
            { project: projectId, content: issue.id },
          );
          cardId = added.addProjectV2ItemById.item?.id;
          if (!cardId) throw new Error('GitHub returned no project item');
          ctx.outcome.projectAdded += 1;
        }
        const current: ProjectValues = {
          ...(card?.due?.date ? { due: card.due.date.slice(0, 10) } : {}),
          ...(card?.status?.optionId ? { statusOptionId: card.status.optionId } : {}),
        };
        for (const write of fieldWrites(current, wanted)) {
          const field = write.field === 'due' ? due : status;
          if (!field) continue;
          const value =
            write.field === 'due'
              ? { date: write.date }
              : { singleSelectOptionId: write.singleSelectOptionId };
          await ctx.planning.graphql(SET_FIELD, { project: projectId, item: cardId, field: field.id, value });
          ctx.outcome.projectFieldsSet += 1;
        }
      } catch (error) {
        if (ctx.caps.missingAfter('projects', error)) return;
        problem(
          `${item.key}: #${item.number} could not be put on the project (${reasonOf(error)}); retried next run.`,
        );
      }
    }
  }
}
