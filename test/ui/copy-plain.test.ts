import { describe, expect, it } from 'vitest';
import type { CopyEvent } from '../../src/copy/events.js';
import { escapeControl } from '../../src/ui/escape.js';
import { showCopy, type View } from '../../src/ui/index.js';
import { customersDone, finish, middle, paused, progress, recordingControl, start, summary } from './copy-script.js';
import { expectPlainViewEnds, plainHarness } from './line-views.js';

function plainView(options: { intervalMs?: number; rejectLines?: number } = {}) {
  return plainHarness<CopyEvent, View>((stream, streams, now) =>
    showCopy(stream, {
      mode: 'plain',
      ...streams,
      control: recordingControl(2000).control,
      plain: { intervalMs: options.intervalMs ?? 5000, now, ...(options.rejectLines !== undefined ? { rejectLines: options.rejectLines } : {}) },
    }),
  );
}

describe('plain copy lines', () => {
  it('writes the plan, notable events and the summary, with a progress line every interval', async () => {
    const { view, stdout, at } = plainView();
    at(0, start);
    at(0, middle);
    // Progress arrives four times a second; a line is written at most every 5 s.
    for (let ms = 250; ms < 12_000; ms += 250) at(ms, [progress(500 + ms / 1000, { 'shop.customers': [1_000_000 + ms * 10, 512], 'shop.orders': [250_000, 96, 1] }, { rateLimit: 1500, rowsPerSecond: 1480, writeUnitsPerSecond: 1480, throttled: 12, retries: 3 })]);
    at(12_000, customersDone);
    at(12_100, paused);
    at(12_200, finish);
    await view.done;
    expect(stdout.text()).toMatchInlineSnapshot(`
      "Connected: origin 10.0.4.21:9042 → Keyspaces cassandra.eu-west-1.amazonaws.com:9142
      Plan: 5 tables in 2 keyspaces · 4,096 ranges
            rate 2,000 WCU/s (~56m40s) · 16 workers · Murmur3Partitioner
            checkpoint ksmig-copy.json
            shop.orders: with ttl
            metrics.events: with ttl and writetime · converts d: duration → text
            metrics.daily_rollups: counter increments
      Warning: metrics.events keeps write times: Keyspaces rejects client timestamps older than 2 days
      Throttled by the target: rate limit lowered to 1,500 WCU/s (budget 2,000)
      Rejected: shop.orders: Invalid unset value for column "total" · key {"order_id":42}
      Range split: shop.orders range #9 into 4: ReadTimeout at LOCAL_QUORUM
       8m20s   14%  1.25M rows · 608/4,096 ranges · 1,480 rows/s · 1,480/1,500 WCU/s, throttled from 2,000 · throttled 12 · retries 3 · rejected 1 · splits 1 · ETA 40m00s
       8m25s   14%  1.30M rows · 608/4,096 ranges · 1,480 rows/s · 1,480/1,500 WCU/s, throttled from 2,000 · throttled 12 · retries 3 · rejected 1 · splits 1 · ETA 40m00s
       8m30s   14%  1.35M rows · 608/4,096 ranges · 1,480 rows/s · 1,480/1,500 WCU/s, throttled from 2,000 · throttled 12 · retries 3 · rejected 1 · splits 1 · ETA 40m00s
      shop.customers: 2,012,345 rows copied in 16m50s
      Paused.
      Resumed.
      shop.orders: 4,099,999 rows copied in 36m50s, 1 rejected
      shop.order_items_by_customer_and_day: 912,000 rows copied in 10m40s
      metrics.events: 811,000 rows copied in 6m40s
      metrics.daily_rollups: 50,100 rows copied in 30s
      Copy finished in 1h00m: 5 tables, 7,885,444 rows written, 1 rejected
        table                                      read    written  rejected    time
        shop.customers                        2,012,345  2,012,345         0  16m50s
        shop.orders                           4,100,000  4,099,999         1  36m50s
        shop.order_items_by_customer_and_day    912,000    912,000         0  10m40s
        metrics.events                          811,000    811,000         0   6m40s
        metrics.daily_rollups                    50,100     50,100         0     30s
      1 row was rejected: the rejects file has each one with its cause.
      "
    `);
  });

  it('says the speed is being measured until it can be told, and words a rate above the limit as a burst', async () => {
    const { view, stdout, at } = plainView({ intervalMs: 1000 });
    at(0, start);
    // One second in: rows moved, but no window long enough to tell a speed yet.
    at(1000, [progress(1, { 'shop.customers': [2400, 24] }, { rowsPerSecond: undefined, writeUnitsPerSecond: undefined, etaSeconds: undefined })]);
    at(3000, [progress(3, { 'shop.customers': [6000, 60] }, { rowsPerSecond: 1800, writeUnitsPerSecond: 1800 })]);
    at(5000, [progress(5, { 'shop.customers': [10_000, 100] }, { rowsPerSecond: 2150, writeUnitsPerSecond: 2150 })]);
    at(5100, [summary]);
    await view.done;
    expect(stdout.text().split('\n').filter((line) => line.includes(' ranges · '))).toEqual([
      '    1s    0%  2,400 rows · 24/4,096 ranges · measuring speed… · limit 2,000 WCU/s · throttled 0 · retries 0 · rejected 0 · splits 0 · ETA —',
      '    3s    1%  6,000 rows · 60/4,096 ranges · 1,800 rows/s · 1,800/2,000 WCU/s · throttled 0 · retries 0 · rejected 0 · splits 0 · ETA 40m00s',
      '    5s    2%  10.0k rows · 100/4,096 ranges · 2,150 rows/s · 2,150/2,000 WCU/s, burst · throttled 0 · retries 0 · rejected 0 · splits 0 · ETA 40m00s',
    ]);
  });

  it('escapes control characters in text from servers and data', () => {
    const { stdout, at } = plainView();
    at(0, [
      { type: 'warning', message: 'odd \u001b]52;c;aGk=\u0007 clipboard\nnext' },
      { type: 'reject', table: 'shop.o\u001b[2Jrders', key: { id: '\u009b31m' }, cause: 'bad\u0000value' },
    ]);
    // Nothing left for escaping to do: no control character but the newlines.
    expect(escapeControl(stdout.text())).toBe(stdout.text());
    expect(stdout.lines()).toEqual([
      'Warning: odd \\x1b]52;c;aGk=\\x07 clipboard next',
      'Rejected: shop.o\\x1b[2Jrders: bad\\x00value · key {"id":"\\x9b31m"}',
    ]);
  });

  it('prints the first rejects, then only counts them', () => {
    const { stdout, at } = plainView({ rejectLines: 2 });
    for (let i = 1; i <= 5; i++) at(0, [{ type: 'reject', table: 'shop.orders', key: { id: i }, cause: 'too big' }]);
    expect(stdout.lines()).toEqual([
      'Rejected: shop.orders: too big · key {"id":1}',
      'Rejected: shop.orders: too big · key {"id":2}',
      'Further rejects are only counted here; every one is in the rejects file.',
    ]);
  });

  it('says when a signal stops the copy, and the summary says how to resume', async () => {
    const { view, stdout, at } = plainView();
    at(0, [...start, ...middle]);
    view.stopping();
    view.stopping();
    at(1000, [{ ...summary, tables: summary.tables.slice(0, 1) }]);
    await view.done;
    expect(stdout.lines().slice(-5)).toEqual([
      'Stopping, saving the checkpoint…',
      'Copy stopped in 8m20s: 2,012,345 rows written',
      '  table                read    written  rejected    time',
      '  shop.customers  2,012,345  2,012,345         0  16m50s',
      'The checkpoint (ksmig-copy.json) keeps the ranges copied: run the same command with --resume to continue.',
    ]);
  });

  it('writes nothing after the summary, and unmount() ends it early', () => expectPlainViewEnds(() => plainView(), { start, summary, late: { type: 'warning', message: 'late' } }));
});
