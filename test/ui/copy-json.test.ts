import { describe, it } from 'vitest';
import type { CopyEvent } from '../../src/copy/events.js';
import { EventStream } from '../../src/shared/events.js';
import { showCopy } from '../../src/ui/index.js';
import { customersDone, finish, middle, paused, recordingControl, start, summary } from './copy-script.js';
import { expectJsonLines } from './line-views.js';
import { captureStdout, fakeTerminalStdin, nullStderr } from './streams.js';

describe('json copy lines', () => {
  it('writes one line per event, as emitted, the summary last', async () => {
    const stream = new EventStream<CopyEvent>();
    const stdout = captureStdout({ tty: true });
    const view = showCopy(stream, { mode: 'json', stdout: stdout.stream, stderr: nullStderr(), stdin: fakeTerminalStdin().stream, control: recordingControl(2000).control });
    const odd: CopyEvent = { type: 'reject', table: 'shop.orders', key: { note: 'a\u001b[2Jb' }, cause: 'bell\u0007\nand newline' };
    const events = [...start, ...middle, odd, ...customersDone, ...paused, ...finish];
    for (const event of events) stream.emit(event);
    stream.emit({ type: 'warning', message: 'after the summary' });
    await view.done;
    expectJsonLines(stdout, events, summary);
  });
});
