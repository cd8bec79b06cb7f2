import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Box, Static, useApp, useInput, useStdin } from 'ink';
import type { CopyControl, CopyEvent } from '../../copy/events.js';
import { InlineLog, latestThatFit, markedLineRows } from '../components/InlineLog.js';
import type { EventStore } from '../event-store.js';
import { useRedrawOnShrink } from '../hooks/use-redraw-on-shrink.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { CopyLive } from './CopyLive.js';
import { applyRateKey, keyAction } from './keys.js';
import { LogLine } from './LogLine.js';
import { copyOutcome, markStopping, type CopyViewState } from './state.js';
import { Summary } from './Summary.js';
import { logText } from './text.js';

/** Milliseconds a key's note stays on screen. */
const NOTE_MS = 4000;

/** Rows the live area of an embedded copy view needs at least; the log above it gets what is left. */
const EMBEDDED_LIVE_ROWS = 13;

/** Props of {@link CopyApp}. */
export type CopyAppProps = {
  /** The copy's events, folded and throttled. */
  readonly store: EventStore<CopyEvent, CopyViewState>;
  readonly control: CopyControl;
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
 * The live view of `ksmig copy`: the plan, warnings and finished tables printed once above
 * (`<Static>`), the live area below, keys bound to the copy's controls, and the summary as the
 * last frame, after which the app exits.
 */
export function CopyApp({ store, control, columns, rows, embedded = false }: CopyAppProps): ReactNode {
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const size = useTerminalSize({ columns, rows });
  const generation = useRedrawOnShrink(!embedded);
  const { isRawModeSupported } = useStdin();
  const { exit } = useApp();
  const [help, setHelp] = useState(false);
  const [note, setNote] = useState<string | undefined>(undefined);
  // The pause state asked for by `p` until the copy confirms it (two quick presses must not pause twice).
  const pausing = useRef<boolean | undefined>(undefined);
  const finished = state.summary !== undefined;

  const onKey = (input: string, key: { ctrl: boolean }): void => {
    const action = keyAction(input, key);
    if (action === undefined || store.getSnapshot().stopping) return;
    if (action === 'help') setHelp((open) => !open);
    else if (action === 'stop') {
      setHelp(false);
      setNote(undefined);
      store.apply(markStopping);
      control.stop();
    } else if (action === 'pause-or-resume') {
      const pause = !(pausing.current ?? store.getSnapshot().paused);
      if (pause) control.pause();
      else control.resume();
      pausing.current = pause;
      setNote(pause ? 'pausing…' : 'resuming…');
    } else {
      setNote(applyRateKey(control, action === 'rate-up' ? 'up' : 'down', store.getSnapshot().progress?.writeUnitsPerSecond ?? 0));
    }
  };

  useInput(
    // Keys typed faster than a frame arrive as one string (Ink passes pasted text whole).
    (input, key) => (key.ctrl || key.meta ? onKey(input, key) : Array.from(input).forEach((char) => onKey(char, key))),
    { isActive: isRawModeSupported && !finished },
  );

  useEffect(() => {
    if (note === undefined) return;
    const timer = setTimeout(() => setNote(undefined), NOTE_MS);
    return () => clearTimeout(timer);
  }, [note]);

  // The copy confirmed the pause or the resume: the note has nothing more to say.
  useEffect(() => {
    if (pausing.current !== state.paused) return;
    pausing.current = undefined;
    setNote((current) => (current === 'pausing…' || current === 'resuming…' ? undefined : current));
  }, [state.paused]);

  // Exit a tick after the summary is drawn: when the last finished tables arrive in the same
  // render, <Static> must first clear what it printed, or Ink's final frame prints it again.
  useEffect(() => {
    if (!finished || embedded) return;
    const timer = setTimeout(() => exit(), 0);
    return () => clearTimeout(timer);
  }, [finished, exit, embedded]);

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
          outcome={copyOutcome(state)}
          elapsedSeconds={state.progress?.elapsedSeconds}
          ranges={state.progress !== undefined ? { done: state.progress.rangesDone, total: state.progress.rangesTotal } : undefined}
          width={size.columns}
          checkpoint={state.plan?.checkpoint}
        />
      ) : (
        <CopyLive state={state} ui={{ help, note, keys: isRawModeSupported }} width={size.columns} height={liveRows} />
      )}
    </Box>
  );
}
