/** Renders the live copy view with ink-testing-library at a given width, fed by a scripted stream. */
import { render } from 'ink-testing-library';
import stripAnsi from 'strip-ansi';
import type { CopyEvent } from '../../src/copy/events.js';
import { EventStream } from '../../src/shared/events.js';
import { CopyApp } from '../../src/ui/copy/CopyApp.js';
import { initialCopyState, reduceCopyEvent, type CopyViewState } from '../../src/ui/copy/state.js';
import { EventStore } from '../../src/ui/event-store.js';
import { ColorContext } from '../../src/ui/theme.js';
import { recordingControl } from './copy-script.js';

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
 * The copy view in a terminal `columns` wide (and `rows` high, when given). ink-testing-library's
 * stdout is 100 columns; the width is changed the way a terminal does it, by a resize.
 */
export function renderCopy(columns: number, options: { rows?: number; rate?: number | undefined; color?: boolean } = {}) {
  const stream = new EventStream<CopyEvent>();
  const store = new EventStore<CopyEvent, CopyViewState>(stream, {
    initial: initialCopyState(),
    reduce: reduceCopyEvent,
    last: (event) => event.type === 'summary',
    frameMs: 0,
  });
  const { control, calls } = recordingControl('rate' in options ? options.rate : 2000);
  const app = render(
    <ColorContext.Provider value={options.color ?? false}>
      <CopyApp store={store} control={control} rows={options.rows} />
    </ColorContext.Provider>,
  );
  const resize = (width: number): void => {
    Object.defineProperty(app.stdout, 'columns', { configurable: true, get: () => width });
    app.stdout.emit('resize');
  };
  resize(columns);
  return {
    ...app,
    calls,
    control,
    resize,
    /** Emits `events`, then waits for the frame. */
    async feed(events: CopyEvent[]): Promise<void> {
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
    live: () => screen(app.lastFrame()).split('\n\nksmig copy').slice(1).map((part) => `ksmig copy${part}`).join(''),
  };
}
