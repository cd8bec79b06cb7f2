/**
 * Range helpers for AST consumers: comparing trees regardless of where they came from, and the
 * range given to nodes that were made in code rather than parsed (e.g. a rendered target schema).
 */
import type { SourceRange } from '../source.js';

/** The range of a node that has no source text (built in code). */
export const SYNTHETIC_RANGE: SourceRange = Object.freeze({
  start: Object.freeze({ line: 1, column: 1, offset: 0 }),
  end: Object.freeze({ line: 1, column: 1, offset: 0 }),
}) as SourceRange;

/** A deep copy of `value` with every `range` property removed (for structural comparison). */
export function withoutRanges<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutRanges) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === 'range') continue;
    out[key] = withoutRanges(item);
  }
  return out as T;
}
