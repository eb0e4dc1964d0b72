import { cached } from '../model/cached.js';
import { dateInPath, readDate } from '../model/dates.js';
import type { RawFinding } from '../model/finding.js';
import { addDays, isIsoDate } from '../model/iso-date.js';
import type { Position } from '../model/position.js';
import type { Blocker, Item, Register } from '../model/register.js';
import {
  allItems,
  describeBlocker,
  describeItem,
  fieldPos,
  findingAt,
  isBlank,
  isOpenItem,
  itemId,
  perCheck,
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
    return dateSlots(ctx)
      .filter((slot) => !slot.iso)
      .map((slot) => findingAt(slot.register, slot.pos, 'date-invalid', invalidMessage(slot), slot.item));
  },
};

/** Why a written date was not read: two readings (name both), or none. */
function invalidMessage(slot: DateSlot): string {
  const review = slot.register.review?.date;
  const reference = isIsoDate(review) ? review : dateInPath(slot.register.file);
  const reading = readDate(slot.value, reference ? { reference } : {});
  const what = `${labelOf(slot)} has ${slot.field} ${quote(slot.value)}`;
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
    const reviewDates = new Map<Register, string>();
    const reviewDate = (register: Register) =>
      cached(reviewDates, register, () => {
        const date = textOf(register.review?.date);
        return isIsoDate(date) ? date : '';
      });
    return dueSlots(ctx)
      .filter((slot) => reviewDate(slot.register) !== '' && slot.value < reviewDate(slot.register))
      .map((slot) => {
        const message = `${labelOf(slot)} is due ${slot.value}, before the review date ${reviewDate(slot.register)}`;
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
          `${labelOf(slot)} was due ${slot.value} and is still open`,
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
  /** The item the date belongs to; null for the review's date. */
  of: Item | null;
  /** The blocker, when it is a blocker's due date. */
  blocker?: Blocker;
  item: string | null;
  /** The due date of an open item, or of a blocker of an open decision. */
  openDue: boolean;
  /** Whether `value` is a real YYYY-MM-DD date. */
  iso: boolean;
}

/** `The review`, `Decision D3`, `Blocker "Okta contract" of Decision D3`: only built for findings. */
function labelOf(slot: DateSlot): string {
  if (slot.of === null) return 'The review';
  return slot.blocker ? describeBlocker(slot.blocker, slot.of) : describeItem(slot.of);
}

/**
 * Every non-blank written date of the targets, walked once per check: the review date, each
 * item's `due` and `resolved_on`, each blocker's `due`.
 */
const dateSlots = perCheck((ctx) => {
  const slots: DateSlot[] = [];
  // Registers repeat the same few dates: judge each written form once.
  const judged = new Map<string, boolean>();
  const isIso = (value: string) => cached(judged, value, () => isIsoDate(value));
  for (const register of ctx.targets) {
    const review = register.review;
    const value = review ? dateText(review.date) : '';
    if (review && value)
      slots.push({
        register,
        field: 'date',
        value,
        pos: fieldPos(review, 'date'),
        of: null,
        item: null,
        openDue: false,
        iso: isIso(value),
      });
    for (const item of allItems(register)) {
      const open = isOpenItem(item);
      const id = itemId(item);
      const due = dateText(item.due);
      if (due)
        slots.push({
          register,
          field: 'due',
          value: due,
          pos: fieldPos(item, 'due'),
          of: item,
          item: id,
          openDue: open,
          iso: isIso(due),
        });
      if (item.kind !== 'decision') continue;
      const resolved = dateText(item.resolved_on);
      if (resolved)
        slots.push({
          register,
          field: 'resolved_on',
          value: resolved,
          pos: fieldPos(item, 'resolved_on'),
          of: item,
          item: id,
          openDue: false,
          iso: isIso(resolved),
        });
      for (const blocker of item.blocked_by ?? []) {
        const value = dateText(blocker.due);
        if (value)
          slots.push({
            register,
            field: 'due',
            value,
            pos: fieldPos(blocker, 'due'),
            of: item,
            blocker,
            item: id,
            openDue: open,
            iso: isIso(value),
          });
      }
    }
  }
  return slots;
});

/** A written date, trimmed; '' when blank or not a string. */
function dateText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Valid due dates of open items and their blockers (invalid ones are date-invalid's alone). */
const dueSlots = perCheck((ctx) => dateSlots(ctx).filter((slot) => slot.openDue && slot.iso));

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
