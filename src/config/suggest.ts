/** "Did you mean" support for configuration errors. */

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * The candidate closest to `value` (case-insensitively) when it is close enough to be a likely
 * typo — at most a quarter of its length away, and always for a difference of case — else undefined.
 */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  const v = value.toLowerCase();
  const ranked = candidates
    .map((c) => ({ c, d: c.toLowerCase() === v ? 0 : levenshtein(c.toLowerCase(), v) }))
    .filter((x) => x.d <= Math.max(1, Math.floor(value.length / 4)))
    .sort((a, b) => a.d - b.d);
  return ranked[0]?.c;
}
