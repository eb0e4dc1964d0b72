import {
  decisionsOf,
  describeItem,
  fieldPos,
  findingAt,
  isBlank,
  itemId,
  type Rule,
  statusOf,
} from './rule-context.js';

/** resolution-missing: a resolved decision that does not say what was decided. */
export const resolutionMissing: Rule = {
  id: 'resolution-missing',
  run(ctx) {
    return ctx.targets.flatMap((register) =>
      decisionsOf(register)
        .filter((decision) => statusOf(decision) === 'resolved' && isBlank(decision.resolution))
        .map((decision) => {
          const message = `${describeItem(decision)} is resolved but has no resolution`;
          return findingAt(
            register,
            fieldPos(decision, 'resolution'),
            'resolution-missing',
            message,
            itemId(decision),
          );
        }),
    );
  },
};

/** decision-undecided: a decision left open (explicitly or by having no status). */
export const decisionUndecided: Rule = {
  id: 'decision-undecided',
  run(ctx) {
    return ctx.targets.flatMap((register) =>
      decisionsOf(register)
        .filter((decision) => statusOf(decision) === 'open')
        .map((decision) => {
          const message = `${describeItem(decision)} was left open: resolve it, assign it, or name what blocks it`;
          return findingAt(
            register,
            fieldPos(decision, 'status'),
            'decision-undecided',
            message,
            itemId(decision),
          );
        }),
    );
  },
};
