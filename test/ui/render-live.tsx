/** Renders a live workflow view (copy, verify) with ink-testing-library, fed by a scripted stream. */
import type { ReactElement } from 'react';
import { render } from 'ink-testing-library';
import stripAnsi from 'strip-ansi';
import { EventStream, type WorkflowEvent } from '../../src/shared/events.js';
import { EventStore } from '../../src/ui/event-store.js';
import { ColorContext } from '../../src/ui/theme.js';

/** Lets Ink draw what was just fed (renders land a timer tick later). */
export const tick = (ms = 20): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A frame without ANSI codes or trailing spaces. */
export function screen(frame: string | undefined): string {
  return stripAnsi(frame ?? '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}

/** The widest line of a screen, in characters. */
export function widest(text: string): number {
  return Math.max(...text.split('\n').map((line) => Array.from(line).length));
}

/**
 * The view of `ksmig <command>` that `view` draws from a store of `stream`'s events, folded from
 * `initial` by `reduce`, in a terminal `columns` wide. ink-testing-library's stdout is 100 columns;
 * the width is changed the way a terminal does it, by a resize.
 */
export function renderLive<E extends WorkflowEvent, S>(
  command: string,
  fold: { initial: S; reduce: (state: S, event: E) => S },
  view: (store: EventStore<E, S>) => ReactElement,
  columns: number,
  color = false,
) {
  const stream = new EventStream<E>();
  const store = new EventStore<E, S>(stream, { ...fold, last: (event) => event.type === 'summary', frameMs: 0 });
  const app = render(<ColorContext.Provider value={color}>{view(store)}</ColorContext.Provider>);
  const resize = (width: number): void => {
    Object.defineProperty(app.stdout, 'columns', { configurable: true, get: () => width });
    app.stdout.emit('resize');
  };
  resize(columns);
  return {
    ...app,
    resize,
    /** Emits `events`, then waits for the frame. */
    async feed(events: E[]): Promise<void> {
      for (const event of events) stream.emit(event);
      await tick();
    },
    /** Types `keys`, then waits for the frame. */
    async press(...keys: string[]): Promise<void> {
      for (const key of keys) {
        app.stdin.write(key);
        await tick();
      }
    },
    /** The last frame, ANSI stripped. */
    screen: () => screen(app.lastFrame()),
    /** The live area only: the last frame without what `<Static>` printed above it. */
    live: () =>
      screen(app.lastFrame())
        .split(`\n\nksmig ${command}`)
        .slice(1)
        .map((part) => `ksmig ${command}${part}`)
        .join(''),
  };
}
