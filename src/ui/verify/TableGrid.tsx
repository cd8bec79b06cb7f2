import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { Count } from '../components/Count.js';
import { TableBarLead, TableBarList, tableBarTone, type TableBarsProps } from '../components/TableBars.js';
import { fit } from '../format.js';
import { Tinted } from '../theme.js';
import { INDENT, type GridColumns, type GridRow } from './layout.js';

/** Props of {@link TableGrid}: the rows of the tables being verified or waiting, in the order shown. */
export type TableGridProps = TableBarsProps<GridRow, GridColumns>;

function Row({ row, columns, overall }: { row: GridRow; columns: GridColumns; overall: boolean }): ReactNode {
  return (
    <Box paddingLeft={INDENT}>
      <Text wrap="truncate-end">
        <TableBarLead row={row} overall={overall} nameWidth={columns.name} barWidth={columns.bar} />
        <Tinted tone={row.waiting ? 'muted' : 'plain'}>{row.ranges.padStart(columns.ranges)}</Tinted>
        {'  '}
        {row.waiting ? (
          <Tinted tone="muted">waiting</Tinted>
        ) : (
          <Text>
            <Tinted tone={tableBarTone(row, overall)}>{row.compared.padStart(columns.compared)}</Tinted>
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
      <TableBarList rows={rows} overall={overall} hidden={hidden} indent={INDENT} render={(row, isOverall) => <Row row={row} columns={columns} overall={isOverall} />} />
    </Box>
  );
}
