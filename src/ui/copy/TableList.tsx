import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { ProgressBar } from '../components/ProgressBar.js';
import { fit, formatPercent } from '../format.js';
import { Tinted } from '../theme.js';
import { INDENT, type MeasuredRow, type TableColumns } from './layout.js';
import { safe } from './text.js';

/** Props of {@link TableList}. */
export type TableListProps = {
  /** Tables still copying or waiting, in the order shown. */
  readonly rows: MeasuredRow[];
  /** The overall row. */
  readonly overall: MeasuredRow;
  /** Tables not shown for lack of room. */
  readonly hidden: number;
  readonly columns: TableColumns;
};

function Row({ row, columns, overall }: { row: MeasuredRow; columns: TableColumns; overall?: boolean }): ReactNode {
  const name = fit(overall === true ? row.name : safe(row.name), columns.name);
  const tone = row.waiting ? 'muted' : overall === true ? 'strong' : 'plain';
  return (
    <Box paddingLeft={INDENT}>
      <Text wrap="truncate-end">
        <Tinted tone={tone}>{name} </Tinted>
        {columns.bar > 0 ? <ProgressBar fraction={row.fraction} width={columns.bar} tone={overall === true ? 'good' : 'accent'} /> : null}
        {columns.bar > 0 ? ' ' : ''}
        <Tinted tone={tone}>{fit(row.waiting ? '' : formatPercent(row.fraction), 4, 'right')}</Tinted>
        {'  '}
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
