import { closestMatch } from '../model/closest-match.js';
import { ACTION_STATUSES, DECISION_STATUSES, type Item } from '../model/register.js';
import {
  allItems,
  describeItem,
  fieldPos,
  findingAt,
  isBlank,
  itemId,
  quote,
  type Rule,
} from './rule-context.js';

/** status-invalid: a status outside the allowed values. A missing status is fine (it means open). */
export const statusInvalid: Rule = {
  id: 'status-invalid',
  run(ctx) {
    return ctx.targets.flatMap((register) =>
      allItems(register)
        .filter((item) => !isBlank(item.status) && !allowedFor(item).includes(item.status!.trim()))
        .map((item) => {
          const allowed = allowedFor(item);
          const status = item.status!.trim();
          const hint = closestMatch(status, allowed);
          const message =
            `${describeItem(item)} has status ${quote(status)}; use one of ${allowed.join(', ')}` +
            (hint ? ` (did you mean ${hint}?)` : '');
          return findingAt(register, fieldPos(item, 'status'), 'status-invalid', message, itemId(item));
        }),
    );
  },
};

function allowedFor(item: Item): readonly string[] {
  return item.kind === 'decision' ? DECISION_STATUSES : ACTION_STATUSES;
}
