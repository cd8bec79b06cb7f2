import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { KeyHints, type KeyHint } from '../components/KeyHints.js';
import { formatDuration } from '../format.js';
import { Tinted } from '../theme.js';
import { Clusters } from './Clusters.js';
import { differenceLines, DifferencesPanel } from './DifferencesPanel.js';
import { HELP_LINES, HelpPanel } from './HelpPanel.js';
import { gridColumns, INDENT, measureGridRow, verifyBudget } from './layout.js';
import { QueryPanel, queryDetails } from './QueryPanel.js';
import type { VerifyTableRow, VerifyViewState } from './state.js';
import { allRangesCompared, StatusLines, statusLineCount } from './StatusLines.js';
import { TableGrid } from './TableGrid.js';
import { modeText, safe } from './text.js';

/** What the live view knows besides the events: the keys pressed and the terminal. */
export interface VerifyLiveUi {
  /** The `?` panel is open. */
  help: boolean;
  /** The differences panel is open (`d`). */
  differences: boolean;
  /** The query-replay panel is open (`r`). */
  queries: boolean;
  /** Keys work (stdin is a terminal). */
  keys: boolean;
}

/** Props of {@link VerifyLive}. */
export type VerifyLiveProps = {
  readonly state: VerifyViewState;
  readonly ui: VerifyLiveUi;
  readonly width: number;
  /** Terminal rows, or undefined when unknown. */
  readonly height: number | undefined;
};

/** Whether the verify replays queries (the plan says so, or results arrive). */
export function replaysQueries(state: VerifyViewState): boolean {
  return state.plan?.queryShapes !== undefined || state.queries.length > 0 || state.progress?.queries !== undefined;
}

function footerHints(state: VerifyViewState, ui: VerifyLiveUi): KeyHint[] {
  return [
    { key: 'q', label: 'stop' },
    ...(state.tables.length > 0 ? [{ key: 'd', label: ui.differences ? 'hide differences' : 'show differences' }] : []),
    ...(replaysQueries(state) ? [{ key: 'r', label: ui.queries ? 'hide queries' : 'show queries' }] : []),
    { key: '?', label: 'help' },
  ];
}

/** Tables being verified first, then waiting ones, each group in plan order. */
function liveTables(tables: VerifyTableRow[]): VerifyTableRow[] {
  const open = tables.filter((t) => t.status !== 'done');
  return [...open.filter((t) => t.status === 'verifying'), ...open.filter((t) => t.status !== 'verifying')];
}

/**
 * The live area of `ksmig verify`, below the finished tables: both clusters side by side and how
 * rows are matched, the tables with their bars and counts, speed and ETA, repairs, the latest
 * differences (origin │ target), the query replay, and the keys. A pure function of its props;
 * one screen high at most.
 */
export function VerifyLive({ state, ui, width, height }: VerifyLiveProps): ReactNode {
  const hasTables = state.tables.length > 0;
  const queries = replaysQueries(state);
  const open = liveTables(state.tables);
  const tables = hasTables ? open.length : 0;
  const differencesWanted = ui.differences && state.differences.length > 0 ? 1 + state.differences.reduce((sum, d) => sum + differenceLines(d, '').length, 0) : 0;
  const fixed =
    1 + 1 + 3 + 1 + 1 + // margin, title, clusters, mode, blank
    (hasTables ? 3 : 0) + // grid titles, overall, blank
    (ui.help ? HELP_LINES : statusLineCount(state) + (hasTables ? 2 : 0) + (queries ? 2 : 0)) + // status, blank + differences heading, blank + queries heading
    (state.stopping ? 1 : 0) +
    2; // blank, footer
  const budget = verifyBudget(height, {
    tables,
    fixed,
    active: !ui.help && !allRangesCompared(state),
    differenceLines: ui.help || !hasTables ? 0 : differencesWanted,
    queryRows: ui.help || !ui.queries ? 0 : state.queries.length,
    queryDetail: ui.help || !ui.queries ? 0 : queryDetails(state.queries, Number.POSITIVE_INFINITY).length,
  });
  const rows = open.slice(0, budget.tables).map(measureGridRow);
  const overall = measureGridRow({
    table: 'overall',
    status: state.tables.some((t) => t.status !== 'waiting') ? 'verifying' : 'waiting',
    compared: state.tables.reduce((sum, t) => sum + t.compared, 0),
    estimatedRows: state.tables.every((t) => t.estimatedRows !== undefined) ? state.tables.reduce((sum, t) => sum + (t.estimatedRows ?? 0), 0) : undefined,
    rangesDone: state.tables.reduce((sum, t) => sum + t.rangesDone, 0),
    rangesTotal: state.tables.reduce((sum, t) => sum + t.rangesTotal, 0),
    missing: state.tables.reduce((sum, t) => sum + t.missing, 0),
    extra: state.tables.reduce((sum, t) => sum + t.extra, 0),
    different: state.tables.reduce((sum, t) => sum + t.different, 0),
  });
  const columns = gridColumns(width, [...rows, overall]);
  const done = state.tables.filter((t) => t.status === 'done').length;
  const title = state.plan === undefined
    ? 'preparing…'
    : [
        hasTables ? `${state.tables.length} ${state.tables.length === 1 ? 'table' : 'tables'}, ${done} done` : 'query replay',
        ...(state.plan.samplePercent < 100 ? [`sample ${state.plan.samplePercent}%`] : []),
        ...(state.plan.shard !== undefined ? [`shard ${safe(state.plan.shard)}`] : []),
      ].join(' · ');
  const elapsed = state.progress !== undefined ? `elapsed ${formatDuration(state.progress.elapsedSeconds)}` : '';
  const found = Math.max(state.differencesSeen, overall.missing + overall.extra + overall.different);
  const [modeWord, modeRest] = splitMode(modeText(state.plan?.mode));
  return (
    <Box flexDirection="column" width={width - 1} marginTop={1}>
      <Box width={width - 1} justifyContent="space-between">
        <Text wrap="truncate-end">
          <Tinted tone="strong">ksmig verify</Tinted>
          <Tinted tone="muted"> · </Tinted>
          {title}
        </Text>
        <Tinted tone="muted">{elapsed}</Tinted>
      </Box>
      <Clusters clusters={state.clusters} plan={state.plan} width={width} compact={budget.compactHeader} />
      <Box paddingLeft={INDENT}>
        <Text wrap="truncate-end">
          {state.plan !== undefined ? (
            <>
              <Tinted tone="accent" bold>{modeWord}</Tinted>
              {modeRest}
            </>
          ) : (
            <Tinted tone="muted">comparing the partitioners…</Tinted>
          )}
        </Text>
      </Box>
      <Text> </Text>
      {hasTables ? (
        <>
          <TableGrid rows={rows} overall={overall} hidden={open.length - rows.length} columns={columns} />
          <Text> </Text>
        </>
      ) : null}
      {ui.help ? (
        <HelpPanel width={width} />
      ) : (
        <>
          <StatusLines state={state} width={width} active={budget.active} />
          {hasTables ? (
            <>
              <Text> </Text>
              <DifferencesPanel differences={state.differences} found={found} open={ui.differences} lines={budget.differenceLines} width={width} />
            </>
          ) : null}
          {queries ? (
            <>
              <Text> </Text>
              <QueryPanel
                queries={state.queries}
                total={state.plan?.queryShapes ?? state.progress?.queries?.shapesTotal}
                open={ui.queries}
                rows={budget.queryRows}
                detail={budget.queryDetail}
                width={width}
              />
            </>
          ) : null}
        </>
      )}
      {state.stopping ? (
        <Box paddingLeft={INDENT}>
          <Text wrap="truncate-end">
            <Tinted tone="warn">Stopping: the ranges in flight finish, then the summary…</Tinted>
          </Text>
        </Box>
      ) : null}
      <Text> </Text>
      <Box paddingLeft={INDENT}>{ui.keys && !state.stopping ? <KeyHints hints={footerHints(state, ui)} width={width - 1 - INDENT} /> : <Text> </Text>}</Box>
    </Box>
  );
}

/** `merge: both sides…` → [`merge`, `: both sides…`]. */
function splitMode(text: string): [string, string] {
  const colon = text.indexOf(':');
  return colon < 0 ? [text, ''] : [text.slice(0, colon), text.slice(colon)];
}
