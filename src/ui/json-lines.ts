import type { EventStream, WorkflowEvent } from '../shared/events.js';

/** A running JSON-lines view. */
export interface JsonLinesView {
  /** Resolves once the last event is written. */
  readonly done: Promise<void>;
  /** Stops writing. */
  close(): void;
}

/**
 * `--json`: every event as one line of JSON, exactly as the workflow emitted it (text is kept
 * exact; JSON escapes control characters). Nothing else is written, and nothing after the event
 * `isLast` accepts, so that event's JSON is the last line.
 */
export function showJsonLines<E extends WorkflowEvent>(stream: EventStream<E>, write: (line: string) => void, isLast: (event: E) => boolean): JsonLinesView {
  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  const unsubscribe = stream.on((event) => {
    write(`${JSON.stringify(event)}\n`);
    if (isLast(event)) close();
  });
  function close(): void {
    unsubscribe();
    resolveDone();
  }
  return { done, close };
}
