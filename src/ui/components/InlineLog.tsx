import type { ReactNode } from 'react';
import { Box } from 'ink';
import { wrapWords } from '../format.js';

/** Rows an entry drawn by `MarkedLines` takes at `width` columns (it wraps under its text, one column short of the edge). */
export function markedLineRows(lines: readonly string[], width: number): number {
  const room = Math.max(10, width - 1 - 2);
  return lines.reduce((sum, line) => sum + wrapWords(line, room).length, 0);
}

/** The latest of `items` whose rows add up to at most `budget` (oldest first), and how many rows they take. */
export function latestThatFit<T>(items: readonly T[], rowsOf: (item: T) => number, budget: number): { shown: T[]; rows: number } {
  const shown: T[] = [];
  let rows = 0;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i] as T;
    const r = rowsOf(item);
    if (rows + r > budget) break;
    shown.unshift(item);
    rows += r;
  }
  return { shown, rows };
}

/** Props of {@link InlineLog}. */
export type InlineLogProps<T extends { id: number }> = {
  readonly items: readonly T[];
  readonly render: (item: T) => ReactNode;
};

/**
 * The entries a live view prints once above itself (`<Static>`), drawn inside the live area
 * instead: for a view embedded in another (the interactive migration), which owns the screen.
 */
export function InlineLog<T extends { id: number }>({ items, render }: InlineLogProps<T>): ReactNode {
  return (
    <Box flexDirection="column">
      {items.map((item) => (
        <Box key={item.id}>{render(item)}</Box>
      ))}
    </Box>
  );
}
