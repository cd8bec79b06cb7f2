import { describe, expect, it } from 'vitest';
import { EventStream } from '../../src/shared/events.js';
import { showVerify } from '../../src/ui/index.js';
import type { VerifyEvent } from '../../src/verify/events.js';
import { captureStdout, fakeTerminalStdin, nullStderr } from './streams.js';
import { finish, middle, recordingControl, repaired, start, summary } from './verify-script.js';

describe('json verify lines', () => {
  it('writes one line per event, as emitted, the summary exactly last', async () => {
    const stream = new EventStream<VerifyEvent>();
    const stdout = captureStdout({ tty: true });
    const { control, calls } = recordingControl();
    const view = showVerify(stream, { mode: 'json', stdout: stdout.stream, stderr: nullStderr(), stdin: fakeTerminalStdin().stream, control });
    const odd: VerifyEvent = { type: 'difference', kind: 'different', table: 'shop.orders', key: { note: 'a\u001b[2Jb' }, columns: ['v'], origin: { v: 'bell\u0007' }, target: { v: 'x' } };
    const events = [...start, ...middle, odd, ...repaired, ...finish];
    for (const event of events) stream.emit(event);
    stream.emit({ type: 'warning', message: 'after the summary' });
    await view.done;
    const lines = stdout.lines();
    expect(lines).toHaveLength(events.length);
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(events);
    expect(lines[lines.length - 1]).toBe(JSON.stringify(summary));
    // Text is kept exact; JSON escapes the control characters.
    expect(stdout.text()).not.toContain('\u001b');
    expect(stdout.text()).toContain('"note":"a\\u001b[2Jb"');
    expect(stdout.text().endsWith('\n')).toBe(true);
    expect(calls).toEqual([]);
  });
});
