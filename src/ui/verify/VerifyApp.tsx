import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Box, Static, useApp, useInput, useStdin } from 'ink';
import type { VerifyEvent } from '../../verify/events.js';
import type { VerifyControl } from '../../workflows/verify.js';
import { InlineLog, latestThatFit, markedLineRows } from '../components/InlineLog.js';
import type { EventStore } from '../event-store.js';
import { useRedrawOnShrink } from '../hooks/use-redraw-on-shrink.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { verifyKeyAction } from './keys.js';
import { LogLine } from './LogLine.js';
import { markStopping, shapesReplayed, verifyOutcome, type VerifyViewState } from './state.js';
import { Summary } from './Summary.js';
import { logText } from './text.js';
import { VerifyLive } from './VerifyLive.js';

/** Rows the live area of an embedded verify view needs at least; the log above it gets what is left. */
const EMBEDDED_LIVE_ROWS = 19;

/** Props of {@link VerifyApp}. */
export type VerifyAppProps = {
  /** The verify's events, folded and throttled. */
  readonly store: EventStore<VerifyEvent, VerifyViewState>;
  readonly control: VerifyControl;
  /** Columns to draw in, instead of the terminal's. */
  readonly columns?: number | undefined;
  /** Rows to fit in, instead of the terminal's. */
  readonly rows?: number | undefined;
  /**
   * Inside another view that owns the screen (the interactive migration): the plan, warnings and
   * finished tables are drawn in the live area (the latest that fit) rather than printed above it,
   * the screen is never cleared, and the app stays after the summary (the host moves on).
   */
  readonly embedded?: boolean | undefined;
};

/**
 * The live view of `ksmig verify`: the plan, warnings and finished tables printed once above
 * (`<Static>`), the live area below, keys (`q` stop, `d` differences, `r` query replay, `?` help),
 * and the summary as the last frame, after which the app exits.
 */
export function VerifyApp({ store, control, columns, rows, embedded = false }: VerifyAppProps): ReactNode {
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const size = useTerminalSize({ columns, rows });
  const generation = useRedrawOnShrink(!embedded);
  const { isRawModeSupported } = useStdin();
  const { exit } = useApp();
  const [help, setHelp] = useState(false);
  const [differences, setDifferences] = useState(true);
  const [queries, setQueries] = useState(true);
  const finished = state.summary !== undefined;

  const onKey = (input: string, key: { ctrl: boolean }): void => {
    const action = verifyKeyAction(input, key);
    if (action === undefined) return;
    if (action === 'help') setHelp((open) => !open);
    else if (action === 'differences') {
      setHelp(false);
      setDifferences((open) => !open);
    } else if (action === 'queries') {
      setHelp(false);
      setQueries((open) => !open);
    } else if (!store.getSnapshot().stopping) {
      setHelp(false);
      store.apply(markStopping);
      control.stop();
    }
  };

  useInput(
    // Keys typed faster than a frame arrive as one string (Ink passes pasted text whole).
    (input, key) => (key.ctrl || key.meta ? onKey(input, key) : Array.from(input).forEach((char) => onKey(char, key))),
    { isActive: isRawModeSupported && !finished },
  );

  // Exit a tick after the summary is drawn: when the last finished tables arrive in the same
  // render, <Static> must first clear what it printed, or Ink's final frame prints it again.
  useEffect(() => {
    if (!finished || embedded) return;
    const timer = setTimeout(() => exit(), 0);
    return () => clearTimeout(timer);
  }, [finished, exit, embedded]);

  const recheckMap = new Map(state.rechecks.map((r) => [r.table, r]));
  // Embedded: the latest log entries that fit in a third of the rows (what the live area leaves),
  // the live area below them in the rest. The live area keeps a row for Ink's last newline, which
  // an embedded view does not have: it gets that row back.
  const logRows = size.rows === undefined ? 8 : Math.max(0, Math.min(Math.floor(size.rows / 3), size.rows - EMBEDDED_LIVE_ROWS));
  const inline = embedded ? latestThatFit(state.log, (item) => markedLineRows(logText(item), size.columns), logRows) : undefined;
  const liveRows = size.rows === undefined || inline === undefined ? size.rows : size.rows - inline.rows + 1;
  return (
    <Box flexDirection="column">
      {inline === undefined ? (
        <Static key={generation} items={state.log}>{(item) => <LogLine key={item.id} item={item} width={size.columns} />}</Static>
      ) : (
        <InlineLog items={inline.shown} render={(item) => <LogLine item={item} width={size.columns} />} />
      )}
      {state.summary !== undefined ? (
        <Summary
          summary={state.summary}
          outcome={verifyOutcome(state)}
          rechecks={recheckMap}
          elapsedSeconds={state.progress?.elapsedSeconds}
          ranges={state.progress !== undefined ? { done: state.progress.rangesDone, total: state.progress.rangesTotal } : undefined}
          shapes={shapesReplayed(state)}
          samplePercent={state.plan?.samplePercent ?? 100}
          report={state.plan?.report}
          width={size.columns}
        />
      ) : (
        <VerifyLive state={state} ui={{ help, differences, queries, keys: isRawModeSupported }} width={size.columns} height={liveRows} />
      )}
    </Box>
  );
}
