import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { oneLine } from '../escape.js';
import { truncate } from '../format.js';
import { Tinted } from '../theme.js';
import { windowStart } from './list.js';

/** Props of {@link Checklist}. */
export type ChecklistProps = {
  /** Item names (already filtered), raw: shown escaped. */
  readonly items: readonly string[];
  readonly checked: ReadonlySet<string>;
  /** Index of the item under the cursor. */
  readonly cursor: number;
  /** The list has the focus (the cursor is shown). */
  readonly focused: boolean;
  /** Rows the list may take, the "more" lines included. */
  readonly height: number;
  readonly width: number;
};

/**
 * A list of names with check boxes, scrolled to keep the cursor in view; what is above or below
 * the window is counted on a line of its own.
 *
 * ```
 *   ↑ 3 more
 *   [x] shop
 * ❯ [ ] metrics
 *   ↓ 12 more
 * ```
 */
export function Checklist({ items, checked, cursor, focused, height, width }: ChecklistProps): ReactNode {
  if (items.length === 0) return <Tinted tone="muted">  nothing to choose from</Tinted>;
  const fits = items.length <= height;
  const rows = fits ? items.length : Math.max(1, height - 2);
  const start = windowStart(items.length, cursor, rows);
  const shown = items.slice(start, start + rows);
  const below = items.length - start - shown.length;
  return (
    <Box flexDirection="column">
      {!fits ? <Tinted tone="muted">{start > 0 ? `  ↑ ${start} more` : ' '}</Tinted> : null}
      {shown.map((item, i) => {
        const index = start + i;
        const here = index === cursor && focused;
        return (
          <Text key={item} wrap="truncate-end">
            <Tinted tone={here ? 'accent' : 'muted'}>{here ? '❯ ' : '  '}</Tinted>
            <Tinted tone={checked.has(item) ? 'good' : 'muted'}>{checked.has(item) ? '[x]' : '[ ]'}</Tinted>{' '}
            <Tinted tone={here ? 'strong' : 'plain'}>{truncate(oneLine(item), width - 8)}</Tinted>
          </Text>
        );
      })}
      {!fits ? <Tinted tone="muted">{below > 0 ? `  ↓ ${below} more` : ' '}</Tinted> : null}
    </Box>
  );
}
