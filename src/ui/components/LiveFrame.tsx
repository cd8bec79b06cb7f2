import { useEffect, useState, useSyncExternalStore, type ComponentType, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import { Box, Static, useApp, useStdin } from 'ink';
import type { WorkflowEvent } from '../../shared/events.js';
import type { EventStore } from '../event-store.js';
import { useRedrawOnShrink } from '../hooks/use-redraw-on-shrink.js';
import { useTerminalSize, type TerminalSize } from '../hooks/use-terminal-size.js';
import { InlineLog, latestThatFit, markedLineRows } from './InlineLog.js';

/** Props of a workflow's live view (`ksmig copy`, `ksmig verify`): its events, its controls, and where it draws. */
export type LiveAppProps<E extends WorkflowEvent, S, C> = {
  /** The workflow's events, folded and throttled. */
  readonly store: EventStore<E, S>;
  readonly control: C;
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

/** What a live view draws from: the store's latest state, the size to draw in, whether keys can be read, and its help panel. */
export interface LiveView<S> {
  state: S;
  size: TerminalSize;
  embedded: boolean;
  /** The input is a terminal in raw mode: the view's keys work. */
  keys: boolean;
  /** The workflow is over: its summary is in the state. */
  finished: boolean;
  /** The `?` panel is open. */
  help: boolean;
  setHelp: Dispatch<SetStateAction<boolean>>;
}

/** The state, size, key support and help panel of a live view with these props. */
export function useLiveView<E extends WorkflowEvent, S extends { summary: unknown }, C>({ store, columns, rows, embedded = false }: LiveAppProps<E, S, C>): LiveView<S> {
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const size = useTerminalSize({ columns, rows });
  const { isRawModeSupported } = useStdin();
  const [help, setHelp] = useState(false);
  return { state, size, embedded, keys: isRawModeSupported, finished: state.summary !== undefined, help, setHelp };
}

/** How a live view draws the entries of its log. */
export interface LiveLog<T extends { id: number }> {
  /** The lines of an entry, to measure it. */
  text: (item: T) => readonly string[];
  /** Draws an entry. */
  Line: ComponentType<{ item: T; width: number }>;
  /** Rows the live area of the embedded view needs at least; the log above it gets what is left. */
  embeddedLiveRows: number;
}

/** Props of {@link LiveFrame}. */
export type LiveFrameProps<T extends { id: number }, U> = {
  /** The view; its state's log holds the entries printed once above the live area (the plan, warnings, finished tables). */
  readonly view: LiveView<{ log: T[]; summary: U | undefined }>;
  readonly log: LiveLog<T>;
  /** The live area, fitted to `rows` (undefined when the output is not a terminal). */
  readonly live: (rows: number | undefined) => ReactNode;
  /** The summary, once the workflow is over: drawn instead of the live area, and the app exits a tick later (unless embedded). */
  readonly summary: (summary: U) => ReactNode;
};

/** The frame of a live view: its log above (`<Static>`, or inline when embedded), then the live area or the summary. */
export function LiveFrame<T extends { id: number }, U>({ view, log, live, summary }: LiveFrameProps<T, U>): ReactNode {
  const { state, size, embedded, finished } = view;
  const { Line } = log;
  const generation = useRedrawOnShrink(!embedded);
  const { exit } = useApp();

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
  const logRows = size.rows === undefined ? 8 : Math.max(0, Math.min(Math.floor(size.rows / 3), size.rows - log.embeddedLiveRows));
  const inline = embedded ? latestThatFit(state.log, (item) => markedLineRows(log.text(item), size.columns), logRows) : undefined;
  const liveRows = size.rows === undefined || inline === undefined ? size.rows : size.rows - inline.rows + 1;
  return (
    <Box flexDirection="column">
      {inline === undefined ? (
        <Static key={generation} items={state.log}>{(item) => <Line key={item.id} item={item} width={size.columns} />}</Static>
      ) : (
        <InlineLog items={inline.shown} render={(item) => <Line item={item} width={size.columns} />} />
      )}
      {state.summary !== undefined ? summary(state.summary) : live(liveRows)}
    </Box>
  );
}
