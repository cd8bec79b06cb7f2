import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import type { VerifyEvent } from '../../src/verify/events.js';
import { widest } from './render-copy.js';
import { renderVerify } from './render-verify.js';
import { errorShape, finish, middle, mismatchShape, plan, progress, queries, repaired, start, summary } from './verify-script.js';

afterEach(() => cleanup());

/** Everything up to the query replay: both differences and repairs seen, shop.orders done. */
const dataDone: VerifyEvent[] = [...start, ...middle, ...repaired];

describe('live verify view at 120 columns', () => {
  it('shows the plan above, both clusters side by side, how rows are matched, every table waiting', async () => {
    const view = renderVerify(120);
    await view.feed(start);
    expect(view.screen()).toMatchInlineSnapshot(`
      "• Connected: origin Cassandra 10.0.4.21:9042 · target Keyspaces cassandra.eu-west-1.amazonaws.com:9142
      • Plan: 3 tables in 2 keyspaces · 3,072 ranges · ~6.80M rows
        merge: both sides streamed in token order (Murmur3Partitioner on both sides)
        3 query shapes to replay
      ⚠ Warning: metrics.events has no TTL on the target: TTLs are not compared

      ksmig verify · 3 tables, 0 done
        origin · Cassandra                                        │ target · Keyspaces
        10.0.4.21:9042                                            │ cassandra.eu-west-1.amazonaws.com:9142
        Murmur3Partitioner                                        │ Murmur3Partitioner
        merge: both sides streamed in token order

        table                                                ranges  compared  missing  extra  different
        shop.customers ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       0/1,024  waiting
        shop.orders    ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       0/1,536  waiting
        metrics.events ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░         0/512  waiting
        overall        ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       0/3,072  waiting

        speed      measuring… · ETA —
        active     none

        differences · none so far

        queries · 0/3 shapes replayed

        q stop · d hide differences · r hide queries · ? help"
    `);
  });

  it('shows per-table counts, the latest differences origin │ target, and the replay filling in', async () => {
    const view = renderVerify(120);
    await view.feed([...start, ...middle, queries[0]!, queries[1]!]);
    expect(view.live()).toMatchInlineSnapshot(`
      "ksmig verify · 3 tables, 1 done                                                                           elapsed 5m00s
        origin · Cassandra                                        │ target · Keyspaces
        10.0.4.21:9042                                            │ cassandra.eu-west-1.amazonaws.com:9142
        Murmur3Partitioner                                        │ Murmur3Partitioner
        merge: both sides streamed in token order

        table                                                    ranges  compared  missing  extra  different
        shop.orders    ████████████▎░░░░░░░░░░░░░░░░░  41%    630/1,536     1.64M        1      1          1
        metrics.events ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░             0/512  waiting
        overall        ████████████████▏░░░░░░░░░░░░░  53%  1,654/3,072     3.65M        1      1          1

        speed      12.3k rows/s · ETA 4m16s · 1,654/3,072 ranges · 3,652,345 rows compared
        active     shop.orders #96 #97
        retries    1 · target: ReadTimeout at LOCAL_QUORUM, attempt 1

        differences · 3 found, the latest 3 · shop.orders
        key          column   origin                                         │ target
        order_id=42  missing  total="9.99", status="paid"                    │ no row
        order_id=43  extra    no row                                         │ total="1.00", status="new"
        order_id=44  total    "12.50"                                        │ "12.5"
                     status   "paid"                                         │ "PAID"

        queries · 2/3 shapes replayed · 1 mismatching
        # shape                                             runs  match  mismatch  errors  explained  p50 origin │ p50 target
        1 shop.customers WHERE id = ?                        200    200         0       0          0      1.2 ms │     3.4 ms
        2 shop.orders WHERE customer_id = ? AND day IN ?     120    100         5       0         15      2.1 ms │     4.6 ms
        mismatch   #2 SELECT order_id, total, status FROM shop.orders WHERE customer_id = 7 AND day IN ('2024-01-01', '2024-…
                      row 2 total: origin 12.50 │ target 12.5
                      row 2 status: origin 'paid' │ target 'PAID'
        explained  #2 Keyspaces returns IN results in IN-list order

        q stop · d hide differences · r hide queries · ? help"
    `);
    expect(widest(view.screen())).toBeLessThan(120);
  });

  it('shows repairs and the re-check, the third shape with its error and the finding that explains it', async () => {
    const view = renderVerify(120);
    await view.feed([...dataDone, ...queries]);
    expect(view.live()).toMatchInlineSnapshot(`
      "ksmig verify · 3 tables, 2 done                                                                          elapsed 10m10s
        origin · Cassandra                                        │ target · Keyspaces
        10.0.4.21:9042                                            │ cassandra.eu-west-1.amazonaws.com:9142
        Murmur3Partitioner                                        │ Murmur3Partitioner
        merge: both sides streamed in token order

        table                                                    ranges  compared  missing  extra  different
        metrics.events ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░             0/512  waiting
        overall        ███████████████████████████░░░  89%  2,560/3,072     6.11M        1      1          1

        speed      12.3k rows/s · ETA 1m05s · 2,560/3,072 ranges · 6,112,344 rows compared
        active     none
        retries    1 · target: ReadTimeout at LOCAL_QUORUM, attempt 1
        repairs    2 written · 1 deleted · latest shop.orders order_id=44 written from the origin
        re-check   shop.orders: 3 repaired, identical

        differences · 3 found, the latest 3 · shop.orders
        key          column   origin                                         │ target
        order_id=42  missing  total="9.99", status="paid"                    │ no row
        order_id=43  extra    no row                                         │ total="1.00", status="new"
        order_id=44  total    "12.50"                                        │ "12.5"
                     status   "paid"                                         │ "PAID"

        queries · 3/3 shapes replayed · 1 mismatching · 1 with errors
        # shape                                             runs  match  mismatch  errors  explained  p50 origin │ p50 target
        1 shop.customers WHERE id = ?                        200    200         0       0          0      1.2 ms │     3.4 ms
        2 shop.orders WHERE customer_id = ? AND day IN ?     120    100         5       0         15      2.1 ms │     4.6 ms
        3 shop.orders_by_status WHERE status = ?              40      0         0      40          0      0.9 ms │          —
        mismatch   #2 SELECT order_id, total, status FROM shop.orders WHERE customer_id = 7 AND day IN ('2024-01-01', '2024-…
                      row 2 total: origin 12.50 │ target 12.5
                      row 2 status: origin 'paid' │ target 'PAID'
        error      #3 target: unconfigured table orders_by_status · KS1101 Keyspaces has no materialized views

        q stop · d hide differences · r hide queries · ? help"
    `);
  });

  it('ends with the verdict, each finished table printed once, and what to do', async () => {
    const view = renderVerify(120);
    // The last table and the summary in one tick: <Static> must not print them again on exit.
    await view.feed([...dataDone, ...finish]);
    expect(view.screen().match(/rows compared in/g)).toHaveLength(3);
    expect(view.screen()).toMatchInlineSnapshot(`
      "• Connected: origin Cassandra 10.0.4.21:9042 · target Keyspaces cassandra.eu-west-1.amazonaws.com:9142
      • Plan: 3 tables in 2 keyspaces · 3,072 ranges · ~6.80M rows
        merge: both sides streamed in token order (Murmur3Partitioner on both sides)
        3 query shapes to replay
      ⚠ Warning: metrics.events has no TTL on the target: TTLs are not compared
      ✔ shop.customers: 2,012,345 rows compared in 2m43s, identical
      ✔ shop.orders: 4,099,999 rows compared in 7m27s: 1 missing · 1 extra · 1 different; 3 repaired, re-check: identical
      ✔ metrics.events: 811,000 rows compared in 1m30s, identical

      ! Verify finished in 11m40s: identical after repairs (3 differences repaired) — 3 tables, 6,923,344 rows compared
        table            compared  missing  extra  different  repaired  remain
        shop.customers  2,012,345        0      0          0         —       0
        shop.orders     4,099,999        1      1          1         3       0
        metrics.events    811,000        0      0          0         —       0

        Queries: 3 query shapes replayed: 1 mismatching, 1 with errors
        query shape                                                                         runs  match  mismatch  errors
        SELECT id, name, email FROM shop.customers WHERE id = ?                              200    200         0       0
        SELECT order_id, total, status FROM shop.orders WHERE customer_id = ? AND day IN ?   120    100         5       0
        SELECT * FROM shop.orders_by_status WHERE status = ?                                  40      0         0      40

        Run with --report <file> to keep every difference: row keys with both sides' values, and each query shape's first
        mismatch."
    `);
  });

  it('says "identical" when nothing differs, and what a sample does not prove', async () => {
    const view = renderVerify(120);
    const clean = summary.tables.map((t) => ({ ...t, missing: 0, extra: 0, different: 0, keys: [] }));
    await view.feed([
      ...start.slice(0, 1),
      { ...plan, samplePercent: 10, queryShapes: undefined },
      ...clean.map((t) => ({ type: 'table-done' as const, table: t.table, compared: t.compared, missing: 0, extra: 0, different: 0, seconds: 60 })),
      progress(700, { 'shop.customers': [2_012_345, 1024], 'shop.orders': [4_099_999, 1536], 'metrics.events': [811_000, 512] }, { activeRanges: [] }),
      { type: 'summary', tables: clean },
    ]);
    const text = view.screen();
    expect(text.slice(text.indexOf('✔ Verify'))).toMatchInlineSnapshot(`
      "✔ Verify finished in 11m40s: identical in the 10% of ranges sampled — 3 tables, 6,923,344 rows compared
        table            compared  missing  extra  different
        shop.customers  2,012,345        0      0          0
        shop.orders     4,099,999        0      0          0
        metrics.events    811,000        0      0          0
        Only 10% of the ranges were compared (--sample): run without it to compare every row."
    `);
  });
});

describe('live verify view at 80 columns', () => {
  it('abbreviates and drops columns, never wider than the terminal', async () => {
    const view = renderVerify(80);
    await view.feed([...start, ...middle, ...queries]);
    expect(view.screen()).toMatchInlineSnapshot(`
      "• Connected: origin Cassandra 10.0.4.21:9042 · target Keyspaces
        cassandra.eu-west-1.amazonaws.com:9142
      • Plan: 3 tables in 2 keyspaces · 3,072 ranges · ~6.80M rows
        merge: both sides streamed in token order (Murmur3Partitioner on both sides)
        3 query shapes to replay
      ⚠ Warning: metrics.events has no TTL on the target: TTLs are not compared
      ✔ shop.customers: 2,012,345 rows compared in 2m43s, identical

      ksmig verify · 3 tables, 1 done                                   elapsed 5m00s
        origin · Cassandra                   │ target · Keyspaces
        10.0.4.21:9042                       │ cassandra.eu-west-1.amazonaws.com:9142
        Murmur3Partitioner                   │ Murmur3Partitioner
        merge: both sides streamed in token order

        table                                        ranges   rows  miss  extra  diff
        shop.orders    ███████▍░░░░░░░░░░  41%    630/1,536  1.64M     1      1     1
        metrics.events ░░░░░░░░░░░░░░░░░░             0/512  waiting
        overall        █████████▋░░░░░░░░  53%  1,654/3,072  3.65M     1      1     1

        speed      12.3k rows/s · ETA 4m16s · 1,654/3,072 ranges
        active     shop.orders #96 #97
        retries    1 · target: ReadTimeout at LOCAL_QUORUM, attempt 1

        differences · 3 found, the latest 3 · shop.orders
        key          column   origin                     │ target
        order_id=42  missing  total="9.99", status="pai… │ no row
        order_id=43  extra    no row                     │ total="1.00", status="new"
        order_id=44  total    "12.50"                    │ "12.5"
                     status   "paid"                     │ "PAID"

        queries · 3/3 shapes replayed · 1 mismatching · 1 with errors
        # shape                                    runs  match  mism  err     p50 o/t
        1 shop.customers WHERE id = ?               200    200     0    0  1.2/3.4 ms
        2 shop.orders WHERE … = ? AND day IN ?      120    100     5    0  2.1/4.6 ms
        3 shop.orders_by_status WHERE status = ?     40      0     0   40    0.9 ms/—
        mismatch   #2 SELECT order_id, total, status FROM shop.orders WHERE customer…
                      row 2 total: origin 12.50 │ target 12.5
                      row 2 status: origin 'paid' │ target 'PAID'
        error      #3 target: unconfigured table orders_by_status · KS1101 Keyspaces…

        q stop · d hide differences · r hide queries · ? help"
    `);
    expect(widest(view.screen())).toBeLessThan(80);
  });

  it('d hides the differences, r the query replay; the first mismatch keeps its diff', async () => {
    const view = renderVerify(80);
    await view.feed([...dataDone, ...queries]);
    await view.press('d');
    expect(view.live()).toMatchInlineSnapshot(`
      "ksmig verify · 3 tables, 2 done                                  elapsed 10m10s
        origin · Cassandra                   │ target · Keyspaces
        10.0.4.21:9042                       │ cassandra.eu-west-1.amazonaws.com:9142
        Murmur3Partitioner                   │ Murmur3Partitioner
        merge: both sides streamed in token order

        table                                        ranges   rows  miss  extra  diff
        metrics.events ░░░░░░░░░░░░░░░░░░             0/512  waiting
        overall        ████████████████▏░  89%  2,560/3,072  6.11M     1      1     1

        speed      12.3k rows/s · ETA 1m05s · 2,560/3,072 ranges
        active     none
        retries    1 · target: ReadTimeout at LOCAL_QUORUM, attempt 1
        repairs    2 written · 1 deleted · latest shop.orders order_id=44 written fr…
        re-check   shop.orders: 3 repaired, identical

        differences · 3 found · d shows the latest

        queries · 3/3 shapes replayed · 1 mismatching · 1 with errors
        # shape                                    runs  match  mism  err     p50 o/t
        1 shop.customers WHERE id = ?               200    200     0    0  1.2/3.4 ms
        2 shop.orders WHERE … = ? AND day IN ?      120    100     5    0  2.1/4.6 ms
        3 shop.orders_by_status WHERE status = ?     40      0     0   40    0.9 ms/—
        mismatch   #2 SELECT order_id, total, status FROM shop.orders WHERE customer…
                      row 2 total: origin 12.50 │ target 12.5
                      row 2 status: origin 'paid' │ target 'PAID'
        error      #3 target: unconfigured table orders_by_status · KS1101 Keyspaces…

        q stop · d show differences · r hide queries · ? help"
    `);
    await view.press('r');
    expect(view.live()).toContain('queries · 3/3 shapes replayed · 1 mismatching · 1 with errors · r shows them');
    expect(view.live()).not.toContain('row 2 total');
    await view.press('d', 'r');
    expect(view.live()).toContain('order_id=44');
    expect(view.live()).toContain('#3 target: unconfigured table orders_by_status');
  });

  it('shows the help panel instead of the status lines and panels', async () => {
    const view = renderVerify(80);
    await view.feed([...start, ...middle]);
    await view.press('?');
    expect(view.live()).toMatchInlineSnapshot(`
      "ksmig verify · 3 tables, 1 done                                   elapsed 5m00s
        origin · Cassandra                   │ target · Keyspaces
        10.0.4.21:9042                       │ cassandra.eu-west-1.amazonaws.com:9142
        Murmur3Partitioner                   │ Murmur3Partitioner
        merge: both sides streamed in token order

        table                                        ranges   rows  miss  extra  diff
        shop.orders    ███████▍░░░░░░░░░░  41%    630/1,536  1.64M     1      1     1
        metrics.events ░░░░░░░░░░░░░░░░░░             0/512  waiting
        overall        █████████▋░░░░░░░░  53%  1,654/3,072  3.65M     1      1     1

       ╭──────────────────────────────────────────────────────────────────────╮
       │ q          stop: the ranges in flight finish, then the summary;      │
       │            the verify exits with code 4 (interrupted)                │
       │ Ctrl-C     same as q                                                 │
       │ d          show or hide the latest differences                       │
       │ r          show or hide the query replay                             │
       │ ?          close this help                                           │
       │                                                                      │
       │ missing    the origin has the row, the target does not               │
       │ extra      the target has a row the origin does not                  │
       │ different  both have the row; some column values differ              │
       │ explained  results differ only as Keyspaces is documented to         │
       │            (IN results in IN-list order, pages cut by size)          │
       ╰──────────────────────────────────────────────────────────────────────╯

        q stop · d hide differences · r hide queries · ? help"
    `);
    await view.press('?');
    expect(view.live()).toContain('differences · 3 found');
  });

  it('ends with the summary', async () => {
    const view = renderVerify(80);
    await view.feed([...dataDone, ...finish]);
    const text = view.screen();
    expect(text.slice(text.indexOf('! Verify'))).toMatchInlineSnapshot(`
      "! Verify finished in 11m40s: identical after repairs (3 differences repaired) —
        3 tables, 6,923,344 rows compared
        table            compared  missing  extra  different  repaired  remain
        shop.customers  2,012,345        0      0          0         —       0
        shop.orders     4,099,999        1      1          1         3       0
        metrics.events    811,000        0      0          0         —       0

        Queries: 3 query shapes replayed: 1 mismatching, 1 with errors
        query shape                                     runs  match  mismatch  errors
        shop.customers WHERE id = ?                      200    200         0       0
        shop.orders WHERE customer_id = ? AND day IN ?   120    100         5       0
        shop.orders_by_status WHERE status = ?            40      0         0      40

        Run with --report <file> to keep every difference: row keys with both sides'
        values, and each query shape's first mismatch."
    `);
    expect(widest(text)).toBeLessThan(80);
  });

  it('redraws for a new width', async () => {
    const view = renderVerify(120);
    await view.feed([...start, ...middle]);
    expect(view.live()).toContain('compared  missing  extra  different');
    view.resize(80);
    await view.feed([]);
    expect(view.live()).toContain('rows  miss  extra  diff');
    expect(widest(view.live())).toBeLessThan(80);
  });

  it('fits a short terminal, never taller than the screen', async () => {
    for (const rows of [30, 24, 22]) {
      const view = renderVerify(80, { rows });
      await view.feed([...start, ...middle, ...queries]);
      expect(view.live().split('\n').length + 1).toBeLessThanOrEqual(rows);
      expect(view.live()).toContain('differences · 3 found');
      expect(view.live()).toContain('q stop');
      view.unmount();
    }
    const view = renderVerify(80, { rows: 24 });
    await view.feed([...start, ...middle, ...queries]);
    expect(view.live()).toMatchInlineSnapshot(`
      "ksmig verify · 3 tables, 1 done                                   elapsed 5m00s
        origin 10.0.4.21:9042         │ target cassandra.eu-west-1.amazonaws.com:9142
        merge: both sides streamed in token order

        table                                        ranges   rows  miss  extra  diff
        shop.orders    ███████▍░░░░░░░░░░  41%    630/1,536  1.64M     1      1     1
        metrics.events ░░░░░░░░░░░░░░░░░░             0/512  waiting
        overall        █████████▋░░░░░░░░  53%  1,654/3,072  3.65M     1      1     1

        speed      12.3k rows/s · ETA 4m16s · 1,654/3,072 ranges
        retries    1 · target: ReadTimeout at LOCAL_QUORUM, attempt 1

        differences · 3 found, the latest 1 · shop.orders
        key          column   origin                     │ target
        order_id=44  total    "12.50"                    │ "12.5"

        queries · 3/3 shapes replayed · 1 mismatching · 1 with errors
        # shape                                    runs  match  mism  err     p50 o/t
        2 shop.orders WHERE … = ? AND day IN ?      120    100     5    0  2.1/4.6 ms
        … 2 more shapes

        q stop · d hide differences · r hide queries · ? help"
    `);
  });

  it('says when rows are looked up by key, and that the partitioners differ', async () => {
    const view = renderVerify(80);
    await view.feed([{ ...start[0]! }, { ...plan, mode: 'lookup', targetPartitioner: 'DefaultPartitioner' }]);
    expect(view.live().split('\n').slice(0, 6).join('\n')).toMatchInlineSnapshot(`
      "ksmig verify · 3 tables, 0 done
        origin · Cassandra                   │ target · Keyspaces
        10.0.4.21:9042                       │ cassandra.eu-west-1.amazonaws.com:9142
        Murmur3Partitioner                   │ DefaultPartitioner
        lookup: origin rows looked up on the target by key
      "
    `);
  });
});

describe('keys', () => {
  it('q stops once and the view says what happens next; the summary says the verify stopped', async () => {
    const view = renderVerify(100);
    await view.feed([...start, ...middle]);
    await view.press('q');
    expect(view.calls).toEqual(['stop']);
    expect(view.live()).toContain('Stopping: the ranges in flight finish, then the summary…');
    expect(view.live()).toContain('ETA — (stopping)');
    expect(view.live()).not.toContain('q stop');
    await view.press('q', '\u0003');
    expect(view.calls).toEqual(['stop']);
    await view.feed([{ type: 'summary', tables: summary.tables.slice(0, 2).map((t) => (t.table === 'shop.orders' ? { ...t, compared: 1_640_000 } : t)), queries: [] }]);
    const text = view.screen();
    expect(text.slice(text.indexOf('■'))).toMatchInlineSnapshot(`
      "■ Verify stopped after 5m00s: 3,652,345 rows compared, 3 differences so far; 1,654 of 3,072 ranges
        compared, 0 of 3 query shapes replayed
        table            compared  missing  extra  different
        shop.customers  2,012,345        0      0          0
        shop.orders     1,640,000        1      1          1
        Nothing is checkpointed: the next run compares every range again.
        Run again with --fix to write the origin's version of the missing and different rows to the
        target; add --fix-extra to delete the extra rows too.
        Run with --report <file> to keep every difference: row keys with both sides' values, and each
        query shape's first mismatch."
    `);
  });

  it('Ctrl-C stops like q', async () => {
    const view = renderVerify(100);
    await view.feed([...start, ...middle]);
    await view.press('\u0003');
    expect(view.calls).toEqual(['stop']);
  });

  it('a stop during the query replay is a stop, not a finished verify', async () => {
    const view = renderVerify(120);
    await view.feed([...dataDone, finish[0]!, finish[1]!, queries[0]!]);
    await view.press('q');
    await view.feed([{ ...summary, queries: summary.queries!.slice(0, 1) }]);
    expect(view.screen()).toContain('■ Verify stopped after 11m40s: 6,923,344 rows compared, 3 differences so far; 1 of 3 query shapes replayed');
  });

  it('keys typed faster than a frame each count; other keys do nothing', async () => {
    const view = renderVerify(100);
    await view.feed([...start, ...middle, ...queries]);
    await view.press('xd?');
    expect(view.live()).toContain('close this help');
    await view.press('?');
    expect(view.live()).toContain('differences · 3 found · d shows the latest');
    expect(view.calls).toEqual([]);
  });

  it('offers r only when queries are replayed', async () => {
    const view = renderVerify(100);
    await view.feed([start[0]!, { ...plan, queryShapes: undefined }]);
    expect(view.live()).toContain('q stop · d hide differences · ? help');
    expect(view.live()).not.toContain('queries ·');
  });
});

describe('text from servers and data', () => {
  it('shows control characters escaped, never raw', async () => {
    const view = renderVerify(120);
    await view.feed([
      start[0]!,
      { ...plan, tables: [...plan.tables, { table: 'odd.t\u001b[2Jable', target: 'odd.t\u001b[2Jable', ranges: 1, estimatedRows: undefined }] },
      { type: 'warning', message: 'odd \u001b]52;c;aGk=\u0007 clipboard' },
      ...middle,
      { type: 'difference', kind: 'different', table: 'shop.orders', key: { 'id\u001b[31m': 'k\u009b1' }, columns: ['no\u0007te'], origin: { 'no\u0007te': 'a\u001b[2Jb' }, target: { 'no\u0007te': 'line\nbreak' } },
      { type: 'retry', table: '', side: 'origin', cause: 'bad \u001b[2J cause\u0007', attempt: 2, delayMs: 1 },
      { type: 'query', result: { ...mismatchShape, shape: 'SELECT \u001b[2J FROM t', firstMismatch: { statement: 'SELECT 1\u001b[31m', diff: 'a\u0007\nb\u009b' } } },
      { type: 'query', result: { ...errorShape, firstErrors: [{ side: 'both', message: 'err\u001b]0;title\u0007', finding: { ruleId: 'KS1101', message: 'm\u001b[1m' } }] } },
    ]);
    await view.press('r', 'r');
    const frame = view.lastFrame() ?? '';
    for (const raw of ['\u0007', '\u009b', '\u001b]', '\u001b[2J', '\u001b[31m']) expect(frame).not.toContain(raw);
    expect(view.screen()).toContain('odd \\x1b]52;c;aGk=\\x07 clipboard');
    expect(view.screen()).toContain('odd.t\\x1b[2J');
    expect(view.screen()).toContain('"a\\u001b[2Jb"');
    expect(view.screen()).toContain('bad \\x1b[2J cause\\x07');
    expect(view.screen()).toContain('#1 SELECT 1\\x1b[31m');
    expect(view.screen()).toContain('#2 both sides: err\\x1b]0;title\\x07 · KS1101 m\\x1b[1m');
  });
});
