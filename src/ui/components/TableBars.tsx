import { Fragment, type ReactNode } from 'react';
import { Box } from 'ink';
import { oneLine } from '../escape.js';
import { fit, formatPercent } from '../format.js';
import { Tinted, type Tone } from '../theme.js';
import { ProgressBar } from './ProgressBar.js';

/** What the start of a table's row shows. */
export interface TableBar {
  /** `keyspace.table`, or the overall row's label. */
  name: string;
  /** How far, 0 to 1. */
  fraction: number;
  /** Not started: no percent, and muted. */
  waiting: boolean;
}

/** The tone of a table's row: muted while it waits, strong for the overall row. */
export function tableBarTone(row: TableBar, overall: boolean): Tone {
  return row.waiting ? 'muted' : overall ? 'strong' : 'plain';
}

/** Props of {@link TableBarLead}. */
export type TableBarLeadProps = {
  readonly row: TableBar;
  /** The overall row: its name is a label of ours (not escaped), its bar in the good tone. */
  readonly overall: boolean;
  readonly nameWidth: number;
  /** 0 when no bar fits. */
  readonly barWidth: number;
};

/** The start of a table's row, inside its `<Text>`: `shop.customers   ██████████▌░░░░░  61%  `. */
export function TableBarLead({ row, overall, nameWidth, barWidth }: TableBarLeadProps): ReactNode {
  const tone = tableBarTone(row, overall);
  return (
    <>
      <Tinted tone={tone}>{fit(overall ? row.name : oneLine(row.name), nameWidth)} </Tinted>
      {barWidth > 0 ? <ProgressBar fraction={row.fraction} width={barWidth} tone={overall ? 'good' : 'accent'} /> : null}
      {barWidth > 0 ? ' ' : ''}
      <Tinted tone={tone}>{fit(row.waiting ? '' : formatPercent(row.fraction), 4, 'right')}</Tinted>
      {'  '}
    </>
  );
}

/** Props of a view's list of tables, with its own rows and column widths `C`. */
export type TableBarsProps<R extends TableBar, C> = {
  /** Tables in the order shown. */
  readonly rows: readonly R[];
  /** The overall row. */
  readonly overall: R;
  /** Tables not shown for lack of room. */
  readonly hidden: number;
  readonly columns: C;
};

/** Props of {@link TableBarList}. */
export type TableBarListProps<R extends TableBar> = Omit<TableBarsProps<R, unknown>, 'columns'> & {
  readonly indent: number;
  /** Draws one row (`overall` for the last). */
  readonly render: (row: R, overall: boolean) => ReactNode;
};

/** The tables' rows, `… 2 more tables` when some do not fit, then the overall row. */
export function TableBarList<R extends TableBar>({ rows, overall, hidden, indent, render }: TableBarListProps<R>): ReactNode {
  return (
    <>
      {rows.map((row) => (
        <Fragment key={row.name}>{render(row, false)}</Fragment>
      ))}
      {hidden > 0 ? (
        <Box paddingLeft={indent}>
          <Tinted tone="muted">… {hidden} more {hidden === 1 ? 'table' : 'tables'}</Tinted>
        </Box>
      ) : null}
      {render(overall, true)}
    </>
  );
}
