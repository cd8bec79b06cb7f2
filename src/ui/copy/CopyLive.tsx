import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { KeyHints, type KeyHint } from '../components/KeyHints.js';
import { formatDuration } from '../format.js';
import { Tinted } from '../theme.js';
import { HELP_LINES, HelpPanel } from './HelpPanel.js';
import { INDENT, liveBudget, measureRow, tableColumns, WIDE } from './layout.js';
import { fractionDone, type CopyViewState, type TableRow } from './state.js';
import { StatusLines } from './StatusLines.js';
import { TableList } from './TableList.js';
import { safe } from './text.js';

/** What the live view knows besides the events: the keys pressed and the terminal. */
export interface LiveUi {
  /** The `?` panel is open. */
  help: boolean;
  /** What the last key did, shown for a few seconds. */
  note: string | undefined;
  /** Keys work (stdin is a terminal). */
  keys: boolean;
}

/** Props of {@link CopyLive}. */
export type CopyLiveProps = {
  readonly state: CopyViewState;
  readonly ui: LiveUi;
  readonly width: number;
  /** Terminal rows, or undefined when unknown. */
  readonly height: number | undefined;
};

function footerHints(state: CopyViewState): KeyHint[] {
  return [
    { key: 'p', label: state.paused ? 'resume' : 'pause' },
    { key: '+/-', label: state.rate.limit === undefined ? 'set a rate limit' : 'rate ±10%' },
    { key: 'q', label: 'stop' },
    { key: '?', label: 'help' },
  ];
}

/** Copying tables first, then waiting ones, each group in plan order. */
function liveTables(tables: TableRow[]): TableRow[] {
  const open = tables.filter((t) => t.status !== 'done');
  return [...open.filter((t) => t.status === 'copying'), ...open.filter((t) => t.status !== 'copying')];
}

/**
 * The live area of `ksmig copy`, below the finished tables: header, tables with bars, the
 * overall bar, speed and rate, ETA, active ranges, issues, recent problems, notes and the keys.
 * A pure function of its props; one screen high at most.
 */
export function CopyLive({ state, ui, width, height }: CopyLiveProps): ReactNode {
  const wide = width >= WIDE;
  const byRanges = state.plan?.resumed === true;
  const open = liveTables(state.tables);
  const notes = (state.paused ? 1 : 0) + (state.stopping ? 1 : 0) + (ui.note !== undefined ? 1 : 0);
  const budget = liveBudget(height, { tables: open.length, problems: state.problems.length, help: ui.help ? HELP_LINES : 0, notes });
  const rows = open.slice(0, budget.tables).map((t) => measureRow(t, wide, byRanges));
  const totals = state.tables;
  const overallFraction = fractionDone(totals, byRanges);
  const overall = measureRow(
    {
      table: 'overall', target: 'overall', fidelity: 'values', rowsRead: 0, rowsRejected: 0,
      status: state.tables.some((t) => t.status !== 'waiting') ? 'copying' : 'waiting',
      rowsWritten: totals.reduce((sum, t) => sum + t.rowsWritten, 0),
      estimatedRows: overallFraction.by === 'rows' ? totals.reduce((sum, t) => sum + (t.estimatedRows ?? 0), 0) : undefined,
      rangesDone: totals.reduce((sum, t) => sum + t.rangesDone, 0),
      rangesTotal: totals.reduce((sum, t) => sum + t.rangesTotal, 0),
    },
    wide,
    byRanges,
  );
  const columns = tableColumns(width, [...rows, overall]);
  const done = state.tables.filter((t) => t.status === 'done').length;
  const title = state.plan === undefined
    ? 'preparing…'
    : `${state.tables.length} ${state.tables.length === 1 ? 'table' : 'tables'}, ${done} done${state.plan.shard !== undefined ? ` · shard ${safe(state.plan.shard)}` : ''}${state.plan.dryRun ? ' · dry run' : ''}`;
  const elapsed = state.progress !== undefined ? `elapsed ${formatDuration(state.progress.elapsedSeconds)}` : '';
  return (
    <Box flexDirection="column" width={width} marginTop={1}>
      <Box width={width - 1} justifyContent="space-between">
        <Text wrap="truncate-end">
          <Tinted tone="strong">ksmig copy</Tinted>
          <Tinted tone="muted"> · </Tinted>
          {title}
          {state.paused ? <Tinted tone="warn" bold> · PAUSED</Tinted> : null}
        </Text>
        <Tinted tone="muted">{elapsed}</Tinted>
      </Box>
      <Text> </Text>
      <TableList rows={rows} overall={overall} hidden={open.length - rows.length} columns={columns} />
      <Text> </Text>
      {budget.status ? <StatusLines state={state} width={width} active={budget.active} problems={budget.problems} /> : <HelpPanel width={width} />}
      {state.paused && !state.stopping ? <Note tone="warn">Paused. Press p to resume.</Note> : null}
      {state.stopping ? <Note tone="warn">Stopping, saving the checkpoint…</Note> : null}
      {ui.note !== undefined ? <Note tone="muted">{ui.note}</Note> : null}
      <Text> </Text>
      <Box paddingLeft={INDENT}>{ui.keys && !state.stopping ? <KeyHints hints={footerHints(state)} width={width - 1 - INDENT} /> : <Text> </Text>}</Box>
    </Box>
  );
}

function Note({ tone, children }: { tone: 'warn' | 'muted'; children: string }): ReactNode {
  return (
    <Box paddingLeft={INDENT}>
      <Text wrap="truncate-end">
        <Tinted tone={tone}>{children}</Tinted>
      </Text>
    </Box>
  );
}

