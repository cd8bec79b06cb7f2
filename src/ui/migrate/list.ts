/** Scrolling a list that is taller than its room, as pure arithmetic. */

/**
 * The first item shown of `count` items in `height` rows so that `cursor` is visible, kept near
 * the middle once the list scrolls; 0 when everything fits.
 */
export function windowStart(count: number, cursor: number, height: number): number {
  if (count <= height || height <= 0) return 0;
  return Math.max(0, Math.min(cursor - Math.floor(height / 2), count - height));
}

/** `index` moved by `delta`, kept within `0 … count - 1`. */
export function moveCursor(index: number, delta: number, count: number): number {
  if (count <= 0) return 0;
  return Math.max(0, Math.min(count - 1, index + delta));
}
