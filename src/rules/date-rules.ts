import { dateInPath, readDate } from '../model/dates.js';
import type { RawFinding } from '../model/finding.js';
import { addDays, isIsoDate } from '../model/iso-date.js';
import type { Position } from '../model/position.js';
import type { Register } from '../model/register.js';
import {
  allItems,
  describeBlocker,
  describeItem,
  fieldPos,
  findingAt,
  isBlank,
  isOpenItem,
  itemId,
  quote,
  type Rule,
  type RuleContext,
  statusOf,
  textOf,
} from './rule-context.js';

/** date-invalid: a written date that is not a real YYYY-MM-DD date. Blank dates count as missing. */
export const dateInvalid: Rule = {
  id: 'date-invalid',
  run(ctx) {
    return dateSlots(ctx, true)
      .filter((slot) => !isIsoDate(slot.value))
      .map((slot) => findingAt(slot.register, slot.pos, 'date-invalid', invalidMessage(slot), slot.item));
  },
};

/** Why a written date was not read: two readings (name both), or none. */
function invalidMessage(slot: DateSlot): string {
  const review = slot.register.review?.date;
  const reference = isIsoDate(review) ? review : dateInPath(slot.register.file);
  const reading = readDate(slot.value, reference ? { reference } : {});
  const what = `${slot.label} has ${slot.field} ${quote(slot.value)}`;
  if (reading.kind === 'ambiguous') {
    const [mdy, dmy] = reading.readings;
    return `${what}, which reads as ${mdy} (month first) or ${dmy} (day first); write it as YYYY-MM-DD or set date_order in the config`;
  }
  return `${what}, which is not a real YYYY-MM-DD date`;
}

/** due-missing: an assigned decision, or an open action or output, without a due date. */
export const dueMissing: Rule = {
  id: 'due-missing',
  run(ctx) {
    return ctx.targets.flatMap((register) =>
      allItems(register)
        .filter((item) => statusOf(item) === (item.kind === 'decision' ? 'assigned' : 'open'))
        .filter((item) => isBlank(item.due))
        .map((item) =>
          findingAt(
            register,
            fieldPos(item, 'due'),
            'due-missing',
            `${describeItem(item)} has no due date`,
            itemId(item),
          ),
        ),
    );
  },
};

/** due-before-review: an open item or blocker is due before the review that set it. */
export const dueBeforeReview: Rule = {
  id: 'due-before-review',
  run(ctx) {
    return dueSlots(ctx)
      .filter(
        (slot) =>
          isIsoDate(textOf(slot.register.review?.date)) && slot.value < textOf(slot.register.review?.date),
      )
      .map((slot) => {
        const message = `${slot.label} is due ${slot.value}, before the review date ${textOf(slot.register.review?.date)}`;
        return findingAt(slot.register, slot.pos, 'due-before-review', message, slot.item);
      });
  },
};

/** overdue: an item that is still open (or a blocker of an open decision) is past its due date. */
export const overdue: Rule = {
  id: 'overdue',
  run(ctx) {
    if (!isIsoDate(ctx.today)) return [];
    return dueSlots(ctx)
      .filter((slot) => slot.value < ctx.today)
      .map((slot) =>
        findingAt(
          slot.register,
          slot.pos,
          'overdue',
          `${slot.label} was due ${slot.value} and is still open`,
          slot.item,
        ),
      );
  },
};

/** immediate-output-late: an immediate output is due after the review date. */
export const immediateOutputLate: Rule = {
  id: 'immediate-output-late',
  run(ctx) {
    return lateOutputs(
      ctx,
      'immediate',
      (review) => review.date,
      'an immediate output should be due by the review date',
    );
  },
};

/** followup-output-late: a follow-up output is due after the next working cycle ends. */
export const followupOutputLate: Rule = {
  id: 'followup-output-late',
  run(ctx) {
    return lateOutputs(
      ctx,
      'follow-up',
      (review, cycle) => addDays(review.date, cycle) ?? '9999-12-31',
      'a follow-up output should be due within the next working cycle',
    );
  },
};

interface DateSlot {
  register: Register;
  field: string;
  value: string;
  pos: Position;
  label: string;
  item: string | null;
}

/**
 * Every non-blank written date: the review date, each item's `due` and `resolved_on`, each
 * blocker's `due`. With `all` false only the due dates of open items and their blockers.
 */
function dateSlots(ctx: RuleContext, all: boolean): DateSlot[] {
  const slots: DateSlot[] = [];
  const add = (slot: Omit<DateSlot, 'value'>, value: unknown) => {
    if (typeof value === 'string' && value.trim() !== '') slots.push({ ...slot, value: value.trim() });
  };
  for (const register of ctx.targets) {
    const review = register.review;
    if (all && review)
      add(
        { register, field: 'date', pos: fieldPos(review, 'date'), label: 'The review', item: null },
        review.date,
      );
    for (const item of allItems(register)) {
      if (!all && !isOpenItem(item)) continue;
      const base = { register, label: describeItem(item), item: itemId(item) };
      add({ ...base, field: 'due', pos: fieldPos(item, 'due') }, item.due);
      if (item.kind !== 'decision') continue;
      if (all) add({ ...base, field: 'resolved_on', pos: fieldPos(item, 'resolved_on') }, item.resolved_on);
      for (const blocker of item.blocked_by ?? []) {
        const label = describeBlocker(blocker, item);
        add({ ...base, label, field: 'due', pos: fieldPos(blocker, 'due') }, blocker.due);
      }
    }
  }
  return slots;
}

/** Valid due dates of open items and their blockers (invalid ones are date-invalid's alone). */
function dueSlots(ctx: RuleContext): DateSlot[] {
  return dateSlots(ctx, false).filter((slot) => isIsoDate(slot.value));
}

function lateOutputs(
  ctx: RuleContext,
  timing: 'immediate' | 'follow-up',
  limitOf: (review: { date: string }, cycleDays: number) => string,
  expectation: string,
): RawFinding[] {
  const rule = timing === 'immediate' ? 'immediate-output-late' : 'followup-output-late';
  const findings: RawFinding[] = [];
  for (const register of ctx.targets) {
    const date = textOf(register.review?.date);
    if (!isIsoDate(date)) continue;
    const own = register.review?.cycle_days;
    const cycle = Number.isInteger(own) && own! > 0 ? own! : ctx.config.cycle_days;
    const limit = limitOf({ date }, cycle);
    for (const output of register.outputs ?? []) {
      const due = textOf(output.due);
      if (textOf(output.timing) !== timing || !isOpenItem(output) || !isIsoDate(due) || due <= limit)
        continue;
      const message = `${describeItem(output)} is due ${due}; ${expectation} (${limit})`;
      findings.push(findingAt(register, fieldPos(output, 'due'), rule, message, itemId(output)));
    }
  }
  return findings;
}
