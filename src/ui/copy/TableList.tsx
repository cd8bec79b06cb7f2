import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { TableBarLead, TableBarList, type TableBarsProps } from '../components/TableBars.js';
import { fit } from '../format.js';
import { Tinted } from '../theme.js';
import { INDENT, type MeasuredRow, type TableColumns } from './layout.js';

/** Props of {@link TableList}: the rows of the tables still copying or waiting, in the order shown. */
export type TableListProps = TableBarsProps<MeasuredRow, TableColumns>;

function Row({ row, columns, overall }: { row: MeasuredRow; columns: TableColumns; overall: boolean }): ReactNode {
  return (
    <Box paddingLeft={INDENT}>
      <Text wrap="truncate-end">
        <TableBarLead row={row} overall={overall} nameWidth={columns.name} barWidth={columns.bar} />
        <Tinted tone={row.waiting ? 'muted' : 'plain'}>{fit(row.detail, columns.detail)}</Tinted>
      </Text>
    </Box>
  );
}

/**
 * The tables being copied, each with its bar, then the overall bar:
 *
 * ```
 *   shop.customers   ██████████████▌░░░░░░░░░░  61%  1.36M/~2.23M rows
 *   metrics.events   ░░░░░░░░░░░░░░░░░░░░░░░░░       waiting
 *   … 2 more tables
 *   overall          ████████▍░░░░░░░░░░░░░░░░  34%  1.92M/~5.61M rows
 * ```
 */
export function TableList({ rows, overall, hidden, columns }: TableListProps): ReactNode {
  return (
    <Box flexDirection="column">
      <TableBarList rows={rows} overall={overall} hidden={hidden} indent={INDENT} render={(row, isOverall) => <Row row={row} columns={columns} overall={isOverall} />} />
    </Box>
  );
}
