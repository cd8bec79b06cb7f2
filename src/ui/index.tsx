/**
 * The render facade: the one door from `src/cli` into the views. A command runs a workflow with
 * an {@link EventStream}, hands the stream to a `show*` function here, and awaits `done`. The
 * function picks the view by {@link ViewMode}: Ink in a terminal, plain lines in a log, JSON
 * lines for machines. Nothing else in ksmig imports Ink.
 *
 * Each workflow has its own `show*` function (copy, verify), with the same options and the same
 * {@link View} handle; the interactive migration, which asks as well as shows, is
 * {@link runMigration}.
 */
import type { ReactNode } from 'react';
import type { Readable, Writable } from 'node:stream';
import { render } from 'ink';
import type { CopyControl, CopyEvent } from '../copy/events.js';
import type { EventStream, WorkflowEvent } from '../shared/events.js';
import { inCi } from '../shared/ci.js';
import type { VerifyEvent } from '../verify/events.js';
import type { VerifyControl } from '../workflows/verify.js';
import { CopyApp } from './copy/CopyApp.js';
import { showCopyPlain } from './copy/plain.js';
import { initialCopyState, markStopping, reduceCopyEvent, type CopyViewState } from './copy/state.js';
import { escapeControl } from './escape.js';
import { wrapWords } from './format.js';
import { EventStore } from './event-store.js';
import { showJsonLines } from './json-lines.js';
import type { PlainCadence } from './plain-cadence.js';
import type { MigrationDriver } from './migrate/driver.js';
import { MigrateApp, type MigrationExit } from './migrate/MigrateApp.js';
import { ColorContext, colorEnabled } from './theme.js';
import { showVerifyPlain } from './verify/plain.js';
import { initialVerifyState, markStopping as markVerifyStopping, reduceVerifyEvent, type VerifyViewState } from './verify/state.js';
import { VerifyApp } from './verify/VerifyApp.js';

export type { PlainCadence } from './plain-cadence.js';
export type { MigrationDriver } from './migrate/driver.js';

/**
 * How a workflow's events are shown: `tty` — the live Ink view, with keys; `plain` — a progress
 * line every few seconds and a line per notable event (CI logs, pipes); `json` — every event as
 * one line of JSON, the workflow's last event last.
 */
export type ViewMode = 'tty' | 'plain' | 'json';

/** The streams a view may use, as `CliIO` holds them. */
export interface ViewStreams {
  stdout: Writable & { isTTY?: boolean; columns?: number; rows?: number };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable & { isTTY?: boolean };
}

/** What every `show*` function takes. */
export interface ViewOptions extends ViewStreams {
  mode: ViewMode;
  /** The environment, for `NO_COLOR` (default `process.env`). */
  env?: NodeJS.ProcessEnv;
  /** `tty`: columns to draw in instead of the terminal's (tests, a fixed width). */
  columns?: number;
  /** `tty`: rows to fit in instead of the terminal's. */
  rows?: number;
  /** `tty`: minimum milliseconds between two frames (default 250: about four a second). */
  frameMs?: number;
  /** `plain`: when progress lines are written. */
  plain?: PlainCadence;
}

/** What `ksmig copy` shows its events with. */
export interface CopyViewOptions extends ViewOptions {
  /** The running copy's controls, bound to keys in `tty` mode. */
  control: CopyControl;
}

/** What `ksmig verify` shows its events with. */
export interface VerifyViewOptions extends ViewOptions {
  /** The running verify's control, bound to `q` and Ctrl-C in `tty` mode. */
  control: VerifyControl;
}

/** A view showing a workflow's events. */
export interface View {
  /**
   * Settles when the view has shown the workflow's last event (its `summary`) or was
   * unmounted; the terminal is then free for the command's own last words. Rejects only when the
   * view itself failed (a bug).
   */
  readonly done: Promise<void>;
  /**
   * Tells the view the workflow is stopping because of a signal (SIGINT/SIGTERM) rather than a key,
   * so it can say so ("stopping, saving the checkpoint…", "the ranges in flight finish…").
   */
  stopping(): void;
  /**
   * Stops showing events (the workflow failed before its last event): what already arrived is
   * drawn, nothing after; `done` settles once the view is gone. Idempotent.
   */
  unmount(): void;
}

/**
 * The view mode for a command: `json` when asked for, `tty` when stdout is a terminal (and not a
 * CI runner or a dumb terminal, where a live view cannot redraw), else `plain`.
 */
export function chooseViewMode(options: { json: boolean; stdout: { isTTY?: boolean }; env: NodeJS.ProcessEnv }): ViewMode {
  if (options.json) return 'json';
  if (options.stdout.isTTY === true && !inCi(options.env) && options.env.TERM !== 'dumb') return 'tty';
  return 'plain';
}

/**
 * Shows a copy's events until its `summary`. Subscribes to `stream` before returning: call it
 * before the copy starts. In `tty` mode keys drive `control` (`p`, `+`, `-`, `q`, Ctrl-C, `?`);
 * text from servers and data is shown with its control characters escaped, except in `json`.
 */
export function showCopy(stream: EventStream<CopyEvent>, options: CopyViewOptions): View {
  const isLast = (event: CopyEvent): boolean => event.type === 'summary';
  if (options.mode === 'json') return jsonView(stream, options, isLast);
  if (options.mode === 'plain') {
    const view = showCopyPlain(stream, (line) => void options.stdout.write(line), options.plain);
    return { done: view.done, stopping: () => view.stopping(), unmount: () => view.close() };
  }
  const store = new EventStore<CopyEvent, CopyViewState>(stream, {
    initial: initialCopyState(),
    reduce: reduceCopyEvent,
    urgent: (event) => event.type === 'plan' || event.type === 'paused' || event.type === 'resumed' || event.type === 'table-done',
    last: isLast,
    ...(options.frameMs !== undefined ? { frameMs: options.frameMs } : {}),
  });
  return inkView(store, markStopping, <CopyApp store={store} control={options.control} columns={options.columns} rows={options.rows} />, options);
}

/**
 * Shows a verify's events until its `summary`. Subscribes to `stream` before returning: call it
 * before the verify starts. In `tty` mode both clusters are shown side by side, and keys drive the
 * view and `control` (`q` and Ctrl-C stop, `d` differences, `r` query replay, `?` help); text from
 * servers and data (keys, values, statements) is shown with its control characters escaped,
 * except in `json`, whose last line is the summary.
 */
export function showVerify(stream: EventStream<VerifyEvent>, options: VerifyViewOptions): View {
  const isLast = (event: VerifyEvent): boolean => event.type === 'summary';
  if (options.mode === 'json') return jsonView(stream, options, isLast);
  if (options.mode === 'plain') {
    const view = showVerifyPlain(stream, (line) => void options.stdout.write(line), options.plain);
    return { done: view.done, stopping: () => view.stopping(), unmount: () => view.close() };
  }
  const store = new EventStore<VerifyEvent, VerifyViewState>(stream, {
    initial: initialVerifyState(),
    reduce: reduceVerifyEvent,
    urgent: (event) => event.type === 'plan' || event.type === 'table-done' || event.type === 'recheck',
    last: isLast,
    ...(options.frameMs !== undefined ? { frameMs: options.frameMs } : {}),
  });
  return inkView(store, markVerifyStopping, <VerifyApp store={store} control={options.control} columns={options.columns} rows={options.rows} />, options);
}

/** `--json`: one line per event, the last event's line last. */
function jsonView<E extends WorkflowEvent>(stream: EventStream<E>, options: ViewOptions, isLast: (event: E) => boolean): View {
  const view = showJsonLines(stream, (line) => void options.stdout.write(line), isLast);
  return { done: view.done, stopping: () => undefined, unmount: () => view.close() };
}

/** Renders `app` with Ink on the option's streams; the store's `stopping` change marks a signal. */
function inkView<E extends WorkflowEvent, S>(store: EventStore<E, S>, stopping: (state: S) => S, app: ReactNode, options: ViewOptions): View {
  const instance = render(
    <ColorContext.Provider value={colorEnabled(options.env ?? process.env)}>{app}</ColorContext.Provider>,
    {
      stdout: options.stdout as NodeJS.WriteStream,
      stderr: options.stderr as NodeJS.WriteStream,
      stdin: options.stdin as NodeJS.ReadStream,
      // Ctrl-C is a key here: it stops the workflow, which then ends cleanly (a copy saves its checkpoint).
      exitOnCtrlC: false,
      // Stray console output goes above the live area; not where console was replaced (test runners).
      patchConsole: typeof console.Console === 'function',
    },
  );
  const done = instance.waitUntilExit().then(
    () => store.close(),
    (error: unknown) => {
      store.close();
      throw error;
    },
  );
  let unmounting = false;
  return {
    done,
    stopping: () => store.apply(stopping),
    unmount: () => {
      if (unmounting) return;
      unmounting = true;
      // Draw what already arrived (the events before a failure matter most), then leave a tick
      // later, once <Static> has printed it (see the apps' exit).
      store.flush();
      store.close();
      setTimeout(() => instance.unmount(), 0);
    },
  };
}

/** What the interactive migration runs on. */
export interface MigrationViewOptions extends ViewStreams {
  /** The environment, for `NO_COLOR` (default `process.env`). */
  env?: NodeJS.ProcessEnv;
  /** Directory paths typed in the forms are relative to. */
  cwd: string;
  /** The migration was resumed (`--resume`). */
  resumed: boolean;
  /** The command that continues the migration, printed when it is quit. */
  resumeCommand: string;
  /** Aborted on SIGINT/SIGTERM: the migration saves where it stands and ends with 4, as on Ctrl-C. */
  signal?: AbortSignal;
  /** Columns and rows to draw in instead of the terminal's (tests). */
  columns?: number;
  rows?: number;
  /** Use the terminal's alternate screen, as full-screen programs do (default true). */
  alternateScreen?: boolean;
}

/** Enter the alternate screen, cursor home; leave it (the terminal shows what it showed before). */
const ALT_SCREEN_ON = '\u001b[?1049h\u001b[H';
const ALT_SCREEN_OFF = '\u001b[?1049l';
const SHOW_CURSOR = '\u001b[?25h';

/**
 * Runs the interactive migration on a terminal: one screen at a time on the alternate screen
 * (the shell's screen is back afterwards), keys driving `driver` (the migration session). Resolves
 * with the exit code once the migration is finished (0, or 1 with rejected rows or differences)
 * or quit with Ctrl-C or a signal (4: `ksmig migrate --resume` continues); the last words — where
 * the report is, or how to continue — go to stderr once the normal screen is back. Rejects only when the
 * view itself failed (a bug).
 */
export async function runMigration(driver: MigrationDriver, options: MigrationViewOptions): Promise<number> {
  const alternate = options.alternateScreen ?? true;
  let result: MigrationExit = { code: 4, lines: [] };
  if (alternate) options.stdout.write(ALT_SCREEN_ON);
  try {
    const instance = render(
      <ColorContext.Provider value={colorEnabled(options.env ?? process.env)}>
        <MigrateApp
          driver={driver}
          cwd={options.cwd}
          resumed={options.resumed}
          resumeCommand={options.resumeCommand}
          interrupt={options.signal}
          columns={options.columns}
          rows={options.rows}
          onExit={(exit) => (result = exit)}
        />
      </ColorContext.Provider>,
      {
        stdout: options.stdout as NodeJS.WriteStream,
        stderr: options.stderr as NodeJS.WriteStream,
        stdin: options.stdin as NodeJS.ReadStream,
        // Ctrl-C is a key here: it saves where the migration stands before leaving.
        exitOnCtrlC: false,
        patchConsole: typeof console.Console === 'function',
      },
    );
    await instance.waitUntilExit();
  } finally {
    if (alternate) options.stdout.write(`${ALT_SCREEN_OFF}${SHOW_CURSOR}`);
  }
  // Wrapped to the terminal (the normal screen is back), continuation lines indented under their text.
  const width = Math.max(20, (options.columns ?? options.stdout.columns ?? 80) - 1);
  for (const line of result.lines) {
    const indent = /^ */.exec(line)?.[0] ?? '';
    wrapWords(escapeControl(line.slice(indent.length)), width - indent.length - 2).forEach((part, i) => options.stderr.write(`${indent}${i === 0 ? '' : '  '}${part}\n`));
  }
  return result.code;
}
