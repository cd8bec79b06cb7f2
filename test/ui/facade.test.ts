import { describe, expect, it } from 'vitest';
import stripAnsi from 'strip-ansi';
import type { CopyEvent } from '../../src/copy/events.js';
import { EventStream } from '../../src/shared/events.js';
import { chooseViewMode, showCopy } from '../../src/ui/index.js';
import { finish, middle, recordingControl, start } from './copy-script.js';
import { captureStdout, fakeTerminalStdin, nullStderr } from './streams.js';

const tick = (ms = 30): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('chooseViewMode', () => {
  it('json when asked, tty on a terminal, plain in CI, on a dumb terminal or a pipe', () => {
    const tty = { isTTY: true };
    expect(chooseViewMode({ json: true, stdout: tty, env: {} })).toBe('json');
    expect(chooseViewMode({ json: false, stdout: tty, env: {} })).toBe('tty');
    expect(chooseViewMode({ json: false, stdout: tty, env: { CI: 'true' } })).toBe('plain');
    expect(chooseViewMode({ json: false, stdout: tty, env: { CI: 'false' } })).toBe('tty');
    expect(chooseViewMode({ json: false, stdout: tty, env: { TERM: 'dumb' } })).toBe('plain');
    expect(chooseViewMode({ json: false, stdout: { isTTY: false }, env: {} })).toBe('plain');
    expect(chooseViewMode({ json: false, stdout: {}, env: {} })).toBe('plain');
  });
});

describe('showCopy in a terminal (Ink)', () => {
  it('draws the live view, binds keys to the control, and settles after the summary', async () => {
    const stream = new EventStream<CopyEvent>();
    const stdout = captureStdout({ tty: true, columns: 80, rows: 30 });
    const stdin = fakeTerminalStdin();
    const { control, calls } = recordingControl(2000);
    const view = showCopy(stream, { mode: 'tty', stdout: stdout.stream, stderr: nullStderr(), stdin: stdin.stream, control, env: {}, frameMs: 0 });
    for (const event of [...start, ...middle]) stream.emit(event);
    await tick();
    expect(stripAnsi(stdout.text())).toContain('ksmig copy · 5 tables, 0 done');
    stdin.type('p');
    await tick();
    stdin.type('\u0003');
    await tick();
    expect(calls).toEqual(['pause', 'stop']);
    expect(stripAnsi(stdout.text())).toContain('Stopping, saving the checkpoint…');
    for (const event of finish) stream.emit(event);
    await view.done;
    expect(stripAnsi(stdout.text())).toContain('! Copy finished in 1h00m: 5 tables, 7,885,444 rows written, 1 rejected');
  });

  it('settles when unmounted before the summary', async () => {
    const stream = new EventStream<CopyEvent>();
    const stdout = captureStdout({ tty: true });
    const view = showCopy(stream, { mode: 'tty', stdout: stdout.stream, stderr: nullStderr(), stdin: fakeTerminalStdin().stream, control: recordingControl(2000).control, env: {} });
    for (const event of start) stream.emit(event);
    view.unmount();
    view.unmount();
    await view.done;
    expect(stripAnsi(stdout.text())).toContain('Plan: 5 tables in 2 keyspaces');
  });

  it('says when a signal stops the copy', async () => {
    const stream = new EventStream<CopyEvent>();
    const stdout = captureStdout({ tty: true });
    const view = showCopy(stream, { mode: 'tty', stdout: stdout.stream, stderr: nullStderr(), stdin: fakeTerminalStdin().stream, control: recordingControl(2000).control, env: {}, frameMs: 0 });
    for (const event of [...start, ...middle]) stream.emit(event);
    view.stopping();
    await tick();
    expect(stripAnsi(stdout.text())).toContain('Stopping, saving the checkpoint…');
    view.unmount();
    await view.done;
  });
});
