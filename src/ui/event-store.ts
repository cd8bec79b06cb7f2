import type { EventStream, WorkflowEvent } from '../shared/events.js';

/** Timers the store uses; tests pass fakes. */
export interface FrameClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: FrameClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** How a workflow's events become a view's state. */
export interface EventStoreOptions<E extends WorkflowEvent, S> {
  initial: S;
  /** Pure: the state after `event`. Returning `state` itself means nothing visible changed. */
  reduce: (state: S, event: E) => S;
  /** Events shown at once, not at the next frame (pause, the plan). */
  urgent?: (event: E) => boolean;
  /** The workflow's last event: shown at once, and the store stops listening. */
  last?: (event: E) => boolean;
  /** Minimum milliseconds between two published states; 0 publishes every change at once. Default 250 (4 frames/s). */
  frameMs?: number;
  clock?: FrameClock;
}

/**
 * Folds a workflow's events into a view state and publishes it at most once per frame, however
 * fast events arrive (a copy reports thousands of range events a second), so the view redraws
 * calmly. Shaped for React's `useSyncExternalStore`. Subscribes to the stream when constructed,
 * so no event emitted after that is missed.
 */
export class EventStore<E extends WorkflowEvent, S> {
  private state: S;
  private published: S;
  private readonly listeners = new Set<() => void>();
  private readonly frameMs: number;
  private readonly clock: FrameClock;
  private lastPublish = Number.NEGATIVE_INFINITY;
  private timer: unknown = undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(stream: EventStream<E>, private readonly options: EventStoreOptions<E, S>) {
    this.state = options.initial;
    this.published = options.initial;
    this.frameMs = options.frameMs ?? 250;
    this.clock = options.clock ?? realClock;
    this.unsubscribe = stream.on((event) => this.handle(event));
  }

  /** Subscribes a listener called when a new state is published; returns its unsubscriber. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** The last published state. */
  readonly getSnapshot = (): S => this.published;

  /** Applies a change that comes from the view, not the stream (a key pressed), and publishes it at once. */
  apply(change: (state: S) => S): void {
    const next = change(this.state);
    if (next === this.state) return;
    this.state = next;
    this.publish();
  }

  /** Publishes at once what is waiting for the next frame. */
  flush(): void {
    this.publish();
  }

  /** Stops listening to the stream and drops any pending frame. */
  close(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private handle(event: E): void {
    const next = this.options.reduce(this.state, event);
    const last = this.options.last?.(event) === true;
    if (last) this.close();
    if (next === this.state) return;
    this.state = next;
    if (last || this.options.urgent?.(event) === true || this.frameMs === 0) {
      this.publish();
      return;
    }
    if (this.timer !== undefined) return;
    const wait = this.lastPublish + this.frameMs - this.clock.now();
    if (wait <= 0) this.publish();
    else this.timer = this.clock.setTimeout(() => this.publish(), wait);
  }

  private publish(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.lastPublish = this.clock.now();
    if (this.published === this.state) return;
    this.published = this.state;
    for (const listener of this.listeners) listener();
  }
}
