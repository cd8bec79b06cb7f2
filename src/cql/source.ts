/**
 * Positions in CQL source text. Lines and columns are 1-based; columns count UTF-16 code units
 * (what JavaScript string indices count, and SARIF's default). `offset` is the 0-based UTF-16
 * index into the whole text. A range's `end` is exclusive: it is the position just after the last
 * character, so `end.column` is SARIF's exclusive `endColumn`.
 */
export interface SourcePosition {
  line: number;
  column: number;
  offset: number;
}

/** A half-open span `[start, end)` of source text. */
export interface SourceRange {
  start: SourcePosition;
  end: SourcePosition;
}
