/** A place in a register file. `line` and `column` are 1-based. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

/** Positions of an item's fields, keyed by field name (`owner`, `due`, `depends_on.1` …). */
export type FieldPositions = Record<string, Position>;
