/** Renders the live verify view with ink-testing-library at a given width, fed by a scripted stream. */
import { render } from 'ink-testing-library';
import { EventStream } from '../../src/shared/events.js';
import { EventStore } from '../../src/ui/event-store.js';
import { ColorContext } from '../../src/ui/theme.js';
import { initialVerifyState, reduceVerifyEvent, type VerifyViewState } from '../../src/ui/verify/state.js';
import { VerifyApp } from '../../src/ui/verify/VerifyApp.js';
import type { VerifyEvent } from '../../src/verify/events.js';
import { screen, tick } from './render-copy.js';
import { recordingControl } from './verify-script.js';

/**
 * The verify view in a terminal `columns` wide (and `rows` high, when given). ink-testing-library's
 * stdout is 100 columns; the width is changed the way a terminal does it, by a resize.
 */
export function renderVerify(columns: number, options: { rows?: number; color?: boolean } = {}) {
  const stream = new EventStream<VerifyEvent>();
  const store = new EventStore<VerifyEvent, VerifyViewState>(stream, {
    initial: initialVerifyState(),
    reduce: reduceVerifyEvent,
    last: (event) => event.type === 'summary',
    frameMs: 0,
  });
  const { control, calls } = recordingControl();
  const app = render(
    <ColorContext.Provider value={options.color ?? false}>
      <VerifyApp store={store} control={control} rows={options.rows} />
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
    resize,
    /** Emits `events`, then waits for the frame. */
    async feed(events: VerifyEvent[]): Promise<void> {
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
    live: () => screen(app.lastFrame()).split('\n\nksmig verify').slice(1).map((part) => `ksmig verify${part}`).join(''),
  };
}
