import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { Count } from '../components/Count.js';
import { ProgressBar } from '../components/ProgressBar.js';
import { fit, formatPercent } from '../format.js';
import { Tinted } from '../theme.js';
import { INDENT, type GridColumns, type GridRow } from './layout.js';
import { safe } from './text.js';

/** Props of {@link TableGrid}. */
export type TableGridProps = {
  /** Tables being verified or waiting, in the order shown. */
  readonly rows: GridRow[];
  /** The overall row. */
  readonly overall: GridRow;
  /** Tables not shown for lack of room. */
  readonly hidden: number;
  readonly columns: GridColumns;
};

function Row({ row, columns, overall = false }: { row: GridRow; columns: GridColumns; overall?: boolean }): ReactNode {
  const tone = row.waiting ? 'muted' : overall ? 'strong' : 'plain';
  return (
    <Box paddingLeft={INDENT}>
      <Text wrap="truncate-end">
        <Tinted tone={tone}>{fit(overall ? row.name : safe(row.name), columns.name)} </Tinted>
        {columns.bar > 0 ? <ProgressBar fraction={row.fraction} width={columns.bar} tone={overall ? 'good' : 'accent'} /> : null}
        {columns.bar > 0 ? ' ' : ''}
        <Tinted tone={tone}>{fit(row.waiting ? '' : formatPercent(row.fraction), 4, 'right')}</Tinted>
        {'  '}
        <Tinted tone={row.waiting ? 'muted' : 'plain'}>{row.ranges.padStart(columns.ranges)}</Tinted>
        {'  '}
        {row.waiting ? (
          <Tinted tone="muted">waiting</Tinted>
        ) : (
          <Text>
            <Tinted tone={tone}>{row.compared.padStart(columns.compared)}</Tinted>
            {'  '}
            <Count value={row.missing} width={columns.missing} />
            {'  '}
            <Count value={row.extra} width={columns.extra} />
            {'  '}
            <Count value={row.different} width={columns.different} />
          </Text>
        )}
      </Text>
    </Box>
  );
}

/**
 * The tables being verified, each with its bar, ranges, rows compared and what differs, then the
 * overall row (80 columns shown; the titles are longer from 100):
 *
 * ```
 *   table                              ranges   rows  miss  extra  diff
 *   shop.orders     ██████░░░░░  41%  630/1,536  1.64M     1      1     1
 *   metrics.events  ░░░░░░░░░░░          0/512  waiting
 *   overall         ████░░░░░░░  32%  1,331/4,096  2.81M  1      1     1
 * ```
 */
export function TableGrid({ rows, overall, hidden, columns }: TableGridProps): ReactNode {
  const lead = columns.name + 1 + (columns.bar > 0 ? columns.bar + 1 : 0) + 4 + 2;
  const t = columns.titles;
  return (
    <Box flexDirection="column">
      <Box paddingLeft={INDENT}>
        <Text wrap="truncate-end">
          <Tinted tone="muted">
            {fit('table', lead)}
            {'ranges'.padStart(columns.ranges)}
            {'  '}
            {t.compared.padStart(columns.compared)}
            {'  '}
            {t.missing.padStart(columns.missing)}
            {'  '}
            {t.extra.padStart(columns.extra)}
            {'  '}
            {t.different.padStart(columns.different)}
          </Tinted>
        </Text>
      </Box>
      {rows.map((row) => (
        <Row key={row.name} row={row} columns={columns} />
      ))}
      {hidden > 0 ? (
        <Box paddingLeft={INDENT}>
          <Tinted tone="muted">… {hidden} more {hidden === 1 ? 'table' : 'tables'}</Tinted>
        </Box>
      ) : null}
      <Row row={overall} columns={columns} overall />
    </Box>
  );
}
