import type { EventStream, WorkflowEvent } from '../shared/events.js';

/** A running plain view. */
export interface PlainView {
  /** Resolves once the summary is written. */
  readonly done: Promise<void>;
  /** Says the workflow is stopping (a signal arrived). */
  stopping(): void;
  /** Stops writing. */
  close(): void;
}

/** Where a plain view writes. */
export interface PlainOut {
  /** One line. */
  line(text: string): void;
  /** An entry of several lines: the first as it is, the others indented under it. */
  entry(lines: readonly string[]): void;
}

/** The state a plain view folds its events into: what the live view folds them into. */
export interface PlainViewState<L> {
  log: L[];
  stopping: boolean;
  summary: unknown;
}

/** What makes one workflow's plain view. */
export interface PlainViewSpec<E extends WorkflowEvent, L, S extends PlainViewState<L>> {
  initial: S;
  reduce(state: S, event: E): S;
  /** The state once a stop is asked for. */
  markStopping(state: S): S;
  /** The lines of a log entry. */
  logText(entry: L): readonly string[];
  /** Written when a stop is asked for. */
  stoppingLine: string;
  /** Writes what `event` says besides its log entries, given the state after it. */
  onEvent(event: E, state: S, out: PlainOut): void;
}

/**
 * Plain lines for a log that is not a terminal (CI): each event is folded into the state, its new
 * log entries written, then what the spec writes for it; the `summary` event is the last.
 */
export function showPlainView<E extends WorkflowEvent, L, S extends PlainViewState<L>>(stream: EventStream<E>, write: (line: string) => void, spec: PlainViewSpec<E, L, S>): PlainView {
  let state = spec.initial;
  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  const line = (text: string): void => write(`${text}\n`);
  const out: PlainOut = { line, entry: (lines) => lines.forEach((text, i) => line(i === 0 ? text : `      ${text}`)) };

  const unsubscribe = stream.on((event) => {
    const before = state;
    state = spec.reduce(state, event);
    for (const entry of state.log.slice(before.log.length)) out.entry(spec.logText(entry));
    spec.onEvent(event, state, out);
    if (event.type === 'summary') close();
  });
  function close(): void {
    unsubscribe();
    resolveDone();
  }
  return {
    done,
    stopping() {
      if (state.stopping || state.summary !== undefined) return;
      state = spec.markStopping(state);
      line(spec.stoppingLine);
    },
    close,
  };
}
