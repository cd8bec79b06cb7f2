import { describe, expect, it } from 'vitest';
import stripAnsi from 'strip-ansi';
import { EventStream } from '../../src/shared/events.js';
import { showVerify } from '../../src/ui/index.js';
import type { VerifyEvent } from '../../src/verify/events.js';
import { captureStdout, fakeTerminalStdin, nullStderr } from './streams.js';
import { finish, middle, queries, recordingControl, repaired, start } from './verify-script.js';

const tick = (ms = 30): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('showVerify in a terminal (Ink)', () => {
  it('draws the side-by-side view, binds q to the control, and settles after the summary', async () => {
    const stream = new EventStream<VerifyEvent>();
    const stdout = captureStdout({ tty: true, columns: 80, rows: 30 });
    const stdin = fakeTerminalStdin();
    const { control, calls } = recordingControl();
    const view = showVerify(stream, { mode: 'tty', stdout: stdout.stream, stderr: nullStderr(), stdin: stdin.stream, control, env: {}, frameMs: 0 });
    for (const event of [...start, ...middle]) stream.emit(event);
    await tick();
    const text = (): string => stripAnsi(stdout.text());
    expect(text()).toContain('origin · Cassandra                   │ target · Keyspaces');
    expect(text()).toContain('merge: both sides streamed in token order');
    stdin.type('d');
    await tick();
    expect(text()).toContain('differences · 3 found · d shows the latest');
    stdin.type('\u0003');
    await tick();
    expect(calls).toEqual(['stop']);
    expect(text()).toContain('Stopping: the ranges in flight finish, then the summary…');
    for (const event of [...repaired, ...finish]) stream.emit(event);
    await view.done;
    expect(text()).toContain('! Verify finished in 11m40s: identical after repairs');
  });

  it('settles when unmounted before the summary, and says when a signal stops the verify', async () => {
    const stream = new EventStream<VerifyEvent>();
    const stdout = captureStdout({ tty: true });
    const view = showVerify(stream, { mode: 'tty', stdout: stdout.stream, stderr: nullStderr(), stdin: fakeTerminalStdin().stream, control: recordingControl().control, env: {}, frameMs: 0 });
    for (const event of [...start, ...middle, ...queries]) stream.emit(event);
    view.stopping();
    await tick();
    expect(stripAnsi(stdout.text())).toContain('Stopping: the ranges in flight finish, then the summary…');
    view.unmount();
    view.unmount();
    await view.done;
    expect(stripAnsi(stdout.text())).toContain('Plan: 3 tables in 2 keyspaces');
  });
});
