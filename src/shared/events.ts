/**
 * Typed event streams: a workflow emits events of one union type; views (the Ink UI, plain
 * progress lines, `--json` lines) subscribe. Workflows never import a view.
 */

/** Anything an event stream carries: a discriminated union on `type`. */
export interface WorkflowEvent {
  readonly type: string;
}

/** A subscriber of an event stream. */
export type EventListener<E extends WorkflowEvent> = (event: E) => void;

/** Fans one workflow's events out to any number of subscribers, in subscription order. */
export class EventStream<E extends WorkflowEvent> {
  private readonly listeners = new Set<EventListener<E>>();

  /** Subscribes `listener`; returns the function that unsubscribes it. */
  on(listener: EventListener<E>): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Delivers `event` to every subscriber. */
  emit(event: E): void {
    for (const listener of this.listeners) listener(event);
  }

  /** The stream as a plain callback (what workflow options take). */
  get emitter(): EventListener<E> {
    return (event) => this.emit(event);
  }
}
