/**
 * An id as written in a dependency cell: starts with a letter and holds a digit (`D1`, `DEC-013`,
 * `ADR-0013`). Its own module, so the rules' fixes reach it without the Markdown parser.
 */
export const BARE_ID = /^[A-Za-z][A-Za-z0-9_.-]*\d[A-Za-z0-9_.-]*$/;
