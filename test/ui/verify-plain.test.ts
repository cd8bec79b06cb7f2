import { describe, expect, it } from 'vitest';
import { escapeControl } from '../../src/ui/escape.js';
import { showVerify, type View } from '../../src/ui/index.js';
import type { VerifyEvent } from '../../src/verify/events.js';
import { finish, middle, mismatchShape, progress, recordingControl, repaired, start, summary } from './verify-script.js';
import { expectPlainViewEnds, plainHarness } from './line-views.js';

function plainView(options: { differenceLines?: number } = {}) {
  return plainHarness<VerifyEvent, View>((stream, streams, now) =>
    showVerify(stream, {
      mode: 'plain',
      ...streams,
      control: recordingControl().control,
      plain: { intervalMs: 5000, now, ...(options.differenceLines !== undefined ? { differenceLines: options.differenceLines } : {}) },
    }),
  );
}

describe('plain verify lines', () => {
  it('writes the plan, differences, repairs, re-checks, finished tables and query results, a progress line every interval, then the summary', async () => {
    const { view, stdout, at } = plainView();
    at(0, [...start, ...middle]);
    // Progress arrives four times a second; a line is written at most every 5 s.
    for (let ms = 250; ms < 12_000; ms += 250) at(ms, [progress(300 + ms / 1000, { 'shop.customers': [2_012_345, 1024], 'shop.orders': [1_640_000 + ms * 10, 630, 1, 1, 1] })]);
    at(12_000, repaired);
    at(12_100, finish);
    await view.done;
    expect(stdout.text()).toMatchInlineSnapshot(`
      "Connected: origin Cassandra 10.0.4.21:9042 · target Keyspaces cassandra.eu-west-1.amazonaws.com:9142
      Plan: 3 tables in 2 keyspaces · 3,072 ranges · ~6.80M rows
            merge: both sides streamed in token order (Murmur3Partitioner on both sides)
            3 query shapes to replay
      Warning: metrics.events has no TTL on the target: TTLs are not compared
       1m00s   14%  1.00M rows compared · 512/3,072 ranges · 12.3k rows/s · missing 0 · extra 0 · different 0 · ETA 7m50s
      shop.customers: 2,012,345 rows compared in 2m43s, identical
      Missing on the target: shop.orders order_id=42 · origin total="9.99", status="paid"
      Extra on the target: shop.orders order_id=43 · target total="1.00", status="new"
      Different: shop.orders order_id=44 · total: origin "12.50", target "12.5"; status: origin "paid", target "PAID"
       5m05s   53%  3.70M rows compared · 1,654/3,072 ranges · 12.3k rows/s · missing 1 · extra 1 · different 1 · ETA 4m12s
       5m10s   53%  3.75M rows compared · 1,654/3,072 ranges · 12.3k rows/s · missing 1 · extra 1 · different 1 · ETA 4m08s
      Repaired: shop.orders order_id=42 written from the origin
      Repaired: shop.orders order_id=43 deleted
      Repaired: shop.orders order_id=44 written from the origin
      Re-check: shop.orders: 3 repaired, identical
      shop.orders: 4,099,999 rows compared in 7m27s: 1 missing · 1 extra · 1 different; 3 repaired, re-check: identical
      metrics.events: 811,000 rows compared in 1m30s, identical
      Query: SELECT id, name, email FROM shop.customers WHERE id = ? · 200 runs: 200 match · 0 mismatch · 0 errors · 0 explained · p50 origin 1.2 ms, target 3.4 ms
      Query: SELECT order_id, total, status FROM shop.orders WHERE customer_id = ? AND day IN ? · 120 runs: 100 match · 5 mismatch · 0 errors · 15 explained · p50 origin 2.1 ms, target 4.6 ms
            first mismatch: SELECT order_id, total, status FROM shop.orders WHERE customer_id = 7 AND day IN ('2024-01-01', '2024-01-02')
              row 2 total: origin 12.50 │ target 12.5
              row 2 status: origin 'paid' │ target 'PAID'
            explained: Keyspaces returns IN results in IN-list order
      Query: SELECT * FROM shop.orders_by_status WHERE status = ? · 40 runs: 0 match · 0 mismatch · 40 errors · 0 explained · p50 origin 0.9 ms, target —
            first error on target: unconfigured table orders_by_status · KS1101 Keyspaces has no materialized views
      Verify finished in 11m40s: identical after repairs (3 differences repaired) — 3 tables, 6,923,344 rows compared
        table            compared  missing  extra  different  repaired  remain
        shop.customers  2,012,345        0      0          0         —       0
        shop.orders     4,099,999        1      1          1         3       0
        metrics.events    811,000        0      0          0         —       0
      Queries: 3 query shapes replayed: 1 mismatching, 1 with errors
        query shape                                                                         runs  match  mismatch  errors
        SELECT id, name, email FROM shop.customers WHERE id = ?                              200    200         0       0
        SELECT order_id, total, status FROM shop.orders WHERE customer_id = ? AND day IN ?   120    100         5       0
        SELECT * FROM shop.orders_by_status WHERE status = ?                                  40      0         0      40
      Run with --report <file> to keep every difference: row keys with both sides' values, and each query shape's first mismatch.
      "
    `);
  });

  it('escapes control characters in text from servers and data', () => {
    const { stdout, at } = plainView();
    at(0, [
      { type: 'warning', message: 'odd \u001b]52;c;aGk=\u0007 clipboard\nnext' },
      { type: 'difference', kind: 'different', table: 'shop.o\u001b[2Jrders', key: { id: '\u009b31m' }, columns: ['no\u0007te'], origin: { 'no\u0007te': 'a\u001bb' }, target: { 'no\u0007te': 'line\u2028break' } },
      { type: 'repair', table: 'shop.orders', action: 'written', key: { id: 'x\u0000y' } },
      { type: 'query', result: { ...mismatchShape, shape: 'SELECT \u001b[2J', firstMismatch: { statement: 's\u0007', diff: 'd\u001b[1m\nnext' } } },
    ]);
    // Nothing left for escaping to do: no control character but the newlines.
    expect(escapeControl(stdout.text())).toBe(stdout.text());
    expect(stdout.text()).not.toMatch(/\u2028/);
    expect(stdout.lines()).toMatchInlineSnapshot(`
      [
        "Warning: odd \\x1b]52;c;aGk=\\x07 clipboard next",
        "Different: shop.o\\x1b[2Jrders id="\\x9b31m" · no\\x07te: origin "a\\u001bb", target "line break"",
        "Repaired: shop.orders id="x\\u0000y" written from the origin",
        "Query: SELECT \\x1b[2J · 120 runs: 100 match · 5 mismatch · 0 errors · 15 explained · p50 origin 2.1 ms, target 4.6 ms",
        "      first mismatch: s\\x07",
        "        d\\x1b[1m",
        "        next",
        "      explained: Keyspaces returns IN results in IN-list order",
      ]
    `);
  });

  it('prints the first differences and repairs, then only counts them', () => {
    const { stdout, at } = plainView({ differenceLines: 2 });
    for (let i = 1; i <= 4; i++) {
      at(0, [
        { type: 'difference', kind: 'missing', table: 'shop.orders', key: { id: i }, columns: [], origin: { total: i } },
        { type: 'repair', table: 'shop.orders', action: 'written', key: { id: i } },
      ]);
    }
    expect(stdout.lines()).toEqual([
      'Missing on the target: shop.orders id=1 · origin total=1',
      'Repaired: shop.orders id=1 written from the origin',
      'Missing on the target: shop.orders id=2 · origin total=2',
      'Repaired: shop.orders id=2 written from the origin',
      'Further differences are only counted here; --report <file> keeps every one with its key.',
      'Further repairs are only counted here.',
    ]);
  });

  it('says when a signal stops the verify, and the summary says so', async () => {
    const { view, stdout, at } = plainView();
    at(0, [...start, ...middle]);
    view.stopping();
    view.stopping();
    at(1000, [{ type: 'summary', tables: summary.tables.slice(0, 2).map((t) => ({ ...t, missing: 0, extra: 0, different: 0, keys: [] })) }]);
    await view.done;
    expect(stdout.lines().slice(-6)).toMatchInlineSnapshot(`
      [
        "Stopping: the ranges in flight finish, then the summary…",
        "Verify stopped after 5m00s: 6,112,344 rows compared, no differences so far; 1,654 of 3,072 ranges compared, 0 of 3 query shapes replayed",
        "  table            compared  missing  extra  different",
        "  shop.customers  2,012,345        0      0          0",
        "  shop.orders     4,099,999        0      0          0",
        "Nothing is checkpointed: the next run compares every range again.",
      ]
    `);
  });

  it('writes nothing after the summary, and unmount() ends it early', () => expectPlainViewEnds(() => plainView(), { start, summary, late: { type: 'warning', message: 'late' } }));
});
