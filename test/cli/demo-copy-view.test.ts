// The demo's copy, stopped by Ctrl-C, must not advise `--resume`: the demo deletes its nodes and
// checkpoint when it stops, and starts over the next time.
import { describe, expect, it } from 'vitest';
import { demoCopyEvent } from '../../src/cli/commands/demo-run.js';
import type { CopyEvent } from '../../src/copy/events.js';
import { showCopy, type View } from '../../src/ui/index.js';
import { middle, recordingControl, start, summary } from '../ui/copy-script.js';
import { plainHarness } from '../ui/line-views.js';

describe('the demo copy view', () => {
  it('names no checkpoint, and a stopped copy says a new run starts over', async () => {
    const { view, stdout, at } = plainHarness<CopyEvent, View>((stream, streams, now) =>
      showCopy(stream, { mode: 'plain', ...streams, control: recordingControl(undefined).control, plain: { intervalMs: 5000, now } }),
    );
    at(0, [...start, ...middle].map(demoCopyEvent));
    view.stopping();
    at(1000, [demoCopyEvent({ ...summary, tables: summary.tables.slice(0, 1) })]);
    await view.done;
    const text = stdout.text();
    expect(text).not.toContain('checkpoint ksmig-copy.json');
    expect(text).not.toContain('--resume');
    expect(stdout.lines().at(-1)).toBe('No checkpoint was kept: a new run starts over.');
  });
});
