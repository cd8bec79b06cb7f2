/** Renders the interactive migration with ink-testing-library on a fake session, at a given size. */
import { render } from 'ink-testing-library';
import { MigrateApp, type MigrationExit } from '../../src/ui/migrate/MigrateApp.js';
import type { MigrationDriver } from '../../src/ui/migrate/driver.js';
import { ColorContext } from '../../src/ui/theme.js';
import { screen, tick } from './render-copy.js';

/** Keys as a terminal sends them. */
export const KEY = {
  enter: '\r',
  tab: '\t',
  shiftTab: '\u001b[Z',
  escape: '\u001b',
  up: '\u001b[A',
  down: '\u001b[B',
  left: '\u001b[D',
  right: '\u001b[C',
  pageDown: '\u001b[6~',
  backspace: '\u007f',
  ctrlC: '\u0003',
  ctrlG: '\u0007',
  ctrlU: '\u0015',
} as const;

/** Waits until `check` holds, polling (renders and the fake's promises land a few ticks later). */
export async function until(check: () => boolean, what: () => string, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what()}`);
    await tick(10);
  }
}

/**
 * The migration at `columns` × `rows`. Without `columns`, it follows the fake terminal's width
 * (100 in ink-testing-library), which `resize` changes the way a terminal does.
 */
export function renderMigrate(driver: MigrationDriver, options: { columns?: number; rows: number; resumed?: boolean; color?: boolean; interrupt?: AbortSignal }) {
  const exits: MigrationExit[] = [];
  const app = render(
    <ColorContext.Provider value={options.color ?? false}>
      <MigrateApp
        driver={driver}
        cwd="/work/app"
        resumed={options.resumed ?? false}
        resumeCommand="ksmig migrate --resume"
        columns={options.columns}
        rows={options.rows}
        frameMs={0}
        interrupt={options.interrupt}
        onExit={(exit) => exits.push(exit)}
      />
    </ColorContext.Provider>,
  );
  const resize = (width: number): void => {
    Object.defineProperty(app.stdout, 'columns', { configurable: true, get: () => width });
    app.stdout.emit('resize');
  };
  return {
    ...app,
    exits,
    resize,
    /** Types `keys` one after the other, each followed by a frame. */
    async press(...keys: string[]): Promise<void> {
      for (const key of keys) {
        app.stdin.write(key);
        await tick();
      }
    },
    /** Types text (as a terminal delivers typing faster than it is read: one piece). */
    async type(text: string): Promise<void> {
      app.stdin.write(text);
      await tick();
    },
    /** The last frame, ANSI stripped, trailing spaces removed. */
    screen: () => screen(app.lastFrame()),
    /** Waits until the screen shows `text`. */
    async shows(text: string, timeoutMs?: number): Promise<string> {
      await until(() => screen(app.lastFrame()).includes(text), () => `the screen to show ${JSON.stringify(text)}; it shows:\n${screen(app.lastFrame())}`, timeoutMs);
      // A screen listens to keys from an effect that runs just after it is drawn.
      await tick();
      return screen(app.lastFrame());
    },
  };
}
