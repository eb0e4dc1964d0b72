import { addKid } from '../locator.js';
import { cellText } from '../tables/cell-text.js';
import { headerKey, isDecisionLog } from '../tables/map-columns.js';
import type { TableCell } from '../tables/read-gfm-table.js';
import type { RawRow } from '../tables/table-items.js';

/**
 * A decisions table that is a log of settled decisions (a date column, no status and no due
 * column: see isDecisionLog) records decisions already made: each row is `resolved`, its date
 * is when it was decided (mapColumns already reads it as `resolved_on`), and when the table has
 * no Resolution column the decision as written is its resolution. So a log asks for no owner
 * or due date. The added status and resolution are placed at the row's cells. In place.
 */
export function settleDecisionLog(header: readonly TableCell[], rows: RawRow[]): void {
  const keys = header.map((cell) => headerKey(cellText(cell.raw)));
  if (!isDecisionLog(keys)) return;
  for (const { raw, node } of rows) {
    if (raw.status === undefined) {
      raw.status = 'resolved';
      addKid(node, 'status', { pos: node.kids?.get('resolved_on')?.pos ?? node.pos });
    }
    if (raw.resolution === undefined && typeof raw.title === 'string') {
      raw.resolution = raw.title;
      addKid(node, 'resolution', { pos: node.kids?.get('title')?.pos ?? node.pos });
    }
  }
}
