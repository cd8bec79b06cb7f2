/**
 * Array helpers for inputs of any size. `target.push(...items)` and `Math.max(...values)` pass
 * every element as a call argument, and past about 120,000 arguments V8 overflows the call stack
 * ("Maximum call stack size exceeded"): a run with that many findings, lines or rows would crash.
 * An eslint rule forbids those spreads in src/; these loops take their place.
 */

/** Appends each of `items` to `target`, in order, and returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, or `floor` when they are all smaller (or there are none). */
export function maxOf(values: Iterable<number>, floor: number): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The smallest of `values`, or `ceiling` when they are all larger (or there are none). */
export function minOf(values: Iterable<number>, ceiling: number): number {
  let min = ceiling;
  for (const v of values) if (v < min) min = v;
  return min;
}
