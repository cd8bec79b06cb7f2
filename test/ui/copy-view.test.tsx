import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { customersDone, finish, middle, paused, start } from './copy-script.js';
import { renderCopy, widest } from './render-copy.js';

afterEach(() => cleanup());

describe('live copy view at 120 columns', () => {
  it('shows the plan above the live area, then every table waiting', async () => {
    const view = renderCopy(120);
    await view.feed(start);
    expect(view.screen()).toMatchInlineSnapshot(`
      "• Connected: origin 10.0.4.21:9042 → Keyspaces cassandra.eu-west-1.amazonaws.com:9142
      • Plan: 5 tables in 2 keyspaces · 4,096 ranges
        rate 2,000 WCU/s (~56m40s) · 16 workers · Murmur3Partitioner
        checkpoint ksmig-copy.json
        shop.orders: with ttl
        metrics.events: with ttl and writetime · converts d: duration → text
        metrics.daily_rollups: counter increments
      ⚠ Warning: metrics.events keeps write times: Keyspaces rejects client timestamps older than 2 days

      ksmig copy · 5 tables, 0 done

        shop.customers                       ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       waiting · 1,024 ranges
        shop.orders                          ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       waiting · 1,536 ranges
        shop.order_items_by_customer_and_day ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       waiting · 768 ranges
        metrics.events                       ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       waiting · 512 ranges
        metrics.daily_rollups                ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       waiting · 256 ranges
        overall                              ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       waiting · 4,096 ranges

        speed    measuring… · limit 2,000 WCU/s
        ETA      —
        active   none
        issues   throttled 0 · retries 0 · rejected 0 · splits 0

        p pause · +/- rate ±10% · q stop · ? help"
    `);
  });

  it('shows progress with throttling, the reject and the split as they happen', async () => {
    const view = renderCopy(120);
    await view.feed([...start, ...middle]);
    expect(view.live()).toMatchInlineSnapshot(`
      "ksmig copy · 5 tables, 0 done                                                                             elapsed 8m20s

        shop.customers                       ██████████████████▌░░░░░░░░░░░░░░░░░░  50%  1.00M/~2.00M rows · 512/1,024 ranges
        shop.orders                          ██▍░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░   6%  250k/~4.00M rows · 96/1,536 ranges
        shop.order_items_by_customer_and_day ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       waiting · 768 ranges
        metrics.events                       ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       waiting · 512 ranges
        metrics.daily_rollups                ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       waiting · 256 ranges
        overall                              █████▌░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  14%  608/4,096 ranges · 1.25M rows

        speed    1,480 rows/s · 1,480 WCU/s of a 1,500 limit, lowered from 2,000 after throttling
        ETA      40m00s · 608/4,096 ranges · 1,250,000 rows written
        active   shop.customers #512 #513 · shop.orders #7 #9
        issues   throttled 12 · retries 3 · rejected 1 · splits 1
        retry    shop.orders: WriteTimeout at LOCAL_QUORUM · target, attempt 1
        reject   shop.orders: Invalid unset value for column "total" · key {"order_id":42}
        split    shop.orders: ReadTimeout at LOCAL_QUORUM · range #9 split into 4

        p pause · +/- rate ±10% · q stop · ? help"
    `);
    expect(widest(view.screen())).toBeLessThan(120);
  });

  it('prints a finished table above the live area and drops it from the list', async () => {
    const view = renderCopy(120);
    await view.feed([...start, ...middle, ...customersDone]);
    expect(view.screen()).toMatchInlineSnapshot(`
      "• Connected: origin 10.0.4.21:9042 → Keyspaces cassandra.eu-west-1.amazonaws.com:9142
      • Plan: 5 tables in 2 keyspaces · 4,096 ranges
        rate 2,000 WCU/s (~56m40s) · 16 workers · Murmur3Partitioner
        checkpoint ksmig-copy.json
        shop.orders: with ttl
        metrics.events: with ttl and writetime · converts d: duration → text
        metrics.daily_rollups: counter increments
      ⚠ Warning: metrics.events keeps write times: Keyspaces rejects client timestamps older than 2 days
      ✔ shop.customers: 2,012,345 rows copied in 16m50s

      ksmig copy · 5 tables, 1 done                                                                            elapsed 16m52s

        shop.orders                          ███████▋░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  20%  800k/~4.00M rows · 307/1,536 ranges
        shop.order_items_by_customer_and_day ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       waiting · 768 ranges
        metrics.events                       ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       waiting · 512 ranges
        metrics.daily_rollups                ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       waiting · 256 ranges
        overall                              ████████████▍░░░░░░░░░░░░░░░░░░░░░░░░░  32%  1,331/4,096 ranges · 2.81M rows

        speed    1,490 rows/s · 1,490 WCU/s of a 1,500 limit, lowered from 2,000 after throttling
        ETA      40m00s · 1,331/4,096 ranges · 2,812,345 rows written
        active   shop.orders #301 #305
        issues   throttled 12 · retries 3 · rejected 1 · splits 1
        retry    shop.orders: WriteTimeout at LOCAL_QUORUM · target, attempt 1
        reject   shop.orders: Invalid unset value for column "total" · key {"order_id":42}
        split    shop.orders: ReadTimeout at LOCAL_QUORUM · range #9 split into 4

        p pause · +/- rate ±10% · q stop · ? help"
    `);
  });

  it('says when the copy is paused', async () => {
    const view = renderCopy(120);
    await view.feed([...start, ...middle, ...customersDone, ...paused]);
    expect(view.live()).toMatchInlineSnapshot(`
      "ksmig copy · 5 tables, 1 done · PAUSED                                                                   elapsed 17m00s

        shop.orders                          ███████▊░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  20%  812k/~4.00M rows · 310/1,536 ranges
        shop.order_items_by_customer_and_day ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       waiting · 768 ranges
        metrics.events                       ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       waiting · 512 ranges
        metrics.daily_rollups                ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       waiting · 256 ranges
        overall                              ████████████▍░░░░░░░░░░░░░░░░░░░░░░░░░  32%  1,334/4,096 ranges · 2.82M rows

        speed    0 rows/s · 0 WCU/s of a 1,500 limit, lowered from 2,000 after throttling
        ETA      — (paused) · 1,334/4,096 ranges · 2,824,345 rows written
        active   none
        issues   throttled 12 · retries 3 · rejected 1 · splits 1
        retry    shop.orders: WriteTimeout at LOCAL_QUORUM · target, attempt 1
        reject   shop.orders: Invalid unset value for column "total" · key {"order_id":42}
        split    shop.orders: ReadTimeout at LOCAL_QUORUM · range #9 split into 4
        Paused. Press p to resume.

        p resume · +/- rate ±10% · q stop · ? help"
    `);
  });

  it('ends with the summary, each finished table printed once', async () => {
    const view = renderCopy(120);
    // The last tables and the summary in one tick: <Static> must not print them again on exit.
    await view.feed([...start, ...middle, ...customersDone, ...paused, ...finish]);
    expect(view.screen().match(/rows copied in/g)).toHaveLength(5);
    expect(view.screen()).toMatchInlineSnapshot(`
      "• Connected: origin 10.0.4.21:9042 → Keyspaces cassandra.eu-west-1.amazonaws.com:9142
      • Plan: 5 tables in 2 keyspaces · 4,096 ranges
        rate 2,000 WCU/s (~56m40s) · 16 workers · Murmur3Partitioner
        checkpoint ksmig-copy.json
        shop.orders: with ttl
        metrics.events: with ttl and writetime · converts d: duration → text
        metrics.daily_rollups: counter increments
      ⚠ Warning: metrics.events keeps write times: Keyspaces rejects client timestamps older than 2 days
      ✔ shop.customers: 2,012,345 rows copied in 16m50s
      ✔ shop.orders: 4,099,999 rows copied in 36m50s, 1 rejected
      ✔ shop.order_items_by_customer_and_day: 912,000 rows copied in 10m40s
      ✔ metrics.events: 811,000 rows copied in 6m40s
      ✔ metrics.daily_rollups: 50,100 rows copied in 30s

      ! Copy finished in 1h00m: 5 tables, 7,885,444 rows written, 1 rejected
        table                                      read    written  rejected    time
        shop.customers                        2,012,345  2,012,345         0  16m50s
        shop.orders                           4,100,000  4,099,999         1  36m50s
        shop.order_items_by_customer_and_day    912,000    912,000         0  10m40s
        metrics.events                          811,000    811,000         0   6m40s
        metrics.daily_rollups                    50,100     50,100         0     30s
        1 row was rejected: the rejects file has each one with its cause."
    `);
  });
});

describe('live copy view at 80 columns', () => {
  it('abbreviates and drops columns, never wider than the terminal', async () => {
    const view = renderCopy(80);
    await view.feed([...start, ...middle]);
    expect(view.screen()).toMatchInlineSnapshot(`
      "• Connected: origin 10.0.4.21:9042 → Keyspaces
        cassandra.eu-west-1.amazonaws.com:9142
      • Plan: 5 tables in 2 keyspaces · 4,096 ranges
        rate 2,000 WCU/s (~56m40s) · 16 workers · Murmur3Partitioner
        checkpoint ksmig-copy.json
        shop.orders: with ttl
        metrics.events: with ttl and writetime · converts d: duration → text
        metrics.daily_rollups: counter increments
      ⚠ Warning: metrics.events keeps write times: Keyspaces rejects client
        timestamps older than 2 days

      ksmig copy · 5 tables, 0 done                                     elapsed 8m20s

        shop.customers       ████████████████░░░░░░░░░░░░░░░░  50%  1.00M/~2.00M rows
        shop.orders          ██░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░   6%  250k/~4.00M rows
        shop.order_items_by… ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       waiting
        metrics.events       ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       waiting
        metrics.daily_rollu… ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       waiting
        overall              ████▊░░░░░░░░░░░░░░░░░░░░░░░░░░░  14%  608/4,096 ranges

        speed    1,480 rows/s · 1,480/1,500 WCU/s, throttled from 2,000
        ETA      40m00s · 608/4,096 ranges
        active   shop.customers #512 #513 · shop.orders #7 #9
        issues   throttled 12 · retries 3 · rejected 1 · splits 1
        retry    shop.orders: WriteTimeout at LOCAL_QUORUM · target, attempt 1
        reject   shop.orders: Invalid unset value for column "total" · key {"order_i…
        split    shop.orders: ReadTimeout at LOCAL_QUORUM · range #9 split into 4

        p pause · +/- rate ±10% · q stop · ? help"
    `);
    expect(widest(view.screen())).toBeLessThan(80);
  });

  it('shows the help panel instead of the status lines', async () => {
    const view = renderCopy(80);
    await view.feed([...start, ...middle]);
    await view.press('?');
    expect(view.live()).toMatchInlineSnapshot(`
      "ksmig copy · 5 tables, 0 done                                     elapsed 8m20s

        shop.customers       ████████████████░░░░░░░░░░░░░░░░  50%  1.00M/~2.00M rows
        shop.orders          ██░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░   6%  250k/~4.00M rows
        shop.order_items_by… ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       waiting
        metrics.events       ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       waiting
        metrics.daily_rollu… ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       waiting
        overall              ████▊░░░░░░░░░░░░░░░░░░░░░░░░░░░  14%  608/4,096 ranges

       ╭──────────────────────────────────────────────────────────────────────╮
       │ p          pause or resume the copy                                  │
       │ + / -      raise or lower the write rate by 10%; without a limit,    │
       │            - sets one at 90% of the current WCU/s                    │
       │ q          stop: saves the checkpoint and exits with code 4;         │
       │            run the same command with --resume to continue            │
       │ Ctrl-C     same as q                                                 │
       │ ?          close this help                                           │
       │                                                                      │
       │ WCU/s      write capacity units per second, one per 1 KB written     │
       │ burst      a second of unused capacity spent at once, over the limit │
       │ throttled  Keyspaces refused writes over its capacity: the copy      │
       │            lowers its limit, then raises it back to the budget       │
       │ ranges     token ranges of the origin, checkpointed one by one       │
       ╰──────────────────────────────────────────────────────────────────────╯

        p pause · +/- rate ±10% · q stop · ? help"
    `);
    await view.press('?');
    expect(view.live()).toContain('speed');
    expect(view.live()).not.toContain('close this help');
  });

  it('ends with the summary', async () => {
    const view = renderCopy(80);
    await view.feed([...start, ...middle, ...customersDone, ...paused, ...finish]);
    const text = view.screen();
    expect(text.slice(text.indexOf('! Copy finished'))).toMatchInlineSnapshot(`
      "! Copy finished in 1h00m: 5 tables, 7,885,444 rows written, 1 rejected
        table                                      read    written  rejected    time
        shop.customers                        2,012,345  2,012,345         0  16m50s
        shop.orders                           4,100,000  4,099,999         1  36m50s
        shop.order_items_by_customer_and_day    912,000    912,000         0  10m40s
        metrics.events                          811,000    811,000         0   6m40s
        metrics.daily_rollups                    50,100     50,100         0     30s
        1 row was rejected: the rejects file has each one with its cause."
    `);
    expect(widest(text)).toBeLessThan(80);
  });

  it('redraws for a new width', async () => {
    const view = renderCopy(120);
    await view.feed([...start, ...middle]);
    expect(view.live()).toContain('1.00M/~2.00M rows · 512/1,024 ranges');
    view.resize(80);
    await view.feed([]);
    expect(view.live()).not.toContain('512/1,024 ranges');
    expect(widest(view.live())).toBeLessThan(80);
  });

  it('fits a short terminal: fewer tables and problems, never taller than the screen', async () => {
    const view = renderCopy(80, { rows: 16 });
    await view.feed([...start, ...middle]);
    const live = view.live();
    expect(live.split('\n').length + 1).toBeLessThanOrEqual(16);
    expect(live).toMatchInlineSnapshot(`
      "ksmig copy · 5 tables, 0 done                                     elapsed 8m20s

        shop.customers       ████████████████░░░░░░░░░░░░░░░░  50%  1.00M/~2.00M rows
        shop.orders          ██░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░   6%  250k/~4.00M rows
        shop.order_items_by… ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░       waiting
        … 2 more tables
        overall              ████▊░░░░░░░░░░░░░░░░░░░░░░░░░░░  14%  608/4,096 ranges

        speed    1,480 rows/s · 1,480/1,500 WCU/s, throttled from 2,000
        ETA      40m00s · 608/4,096 ranges
        issues   throttled 12 · retries 3 · rejected 1 · splits 1
        split    shop.orders: ReadTimeout at LOCAL_QUORUM · range #9 split into 4

        p pause · +/- rate ±10% · q stop · ? help"
    `);
  });
});

describe('keys', () => {
  it('p pauses; p again resumes', async () => {
    const view = renderCopy(100);
    await view.feed([...start, ...middle]);
    await view.press('p');
    expect(view.calls).toEqual(['pause']);
    expect(view.live()).toContain('pausing…');
    await view.feed(paused);
    expect(view.live()).toContain('Paused. Press p to resume.');
    expect(view.live()).toContain('p resume');
    await view.press('p');
    expect(view.calls).toEqual(['pause', 'resume']);
  });

  it('a second p before the copy confirms the pause takes it back, never pausing twice', async () => {
    const view = renderCopy(100);
    await view.feed([...start, ...middle]);
    await view.press('p', 'p', 'p');
    expect(view.calls).toEqual(['pause', 'resume', 'pause']);
  });

  it('+ and - change the rate by 10%', async () => {
    const view = renderCopy(100);
    await view.feed([...start, ...middle]);
    await view.press('+');
    expect(view.calls).toEqual(['setRate 2200']);
    expect(view.live()).toContain('rate raised to 2,200 WCU/s');
    await view.press('-', '-');
    expect(view.calls).toEqual(['setRate 2200', 'setRate 1980', 'setRate 1782']);
  });

  it('- on an unlimited copy sets a limit at 90% of the current write rate; + has nothing to raise', async () => {
    const view = renderCopy(100, { rate: undefined });
    await view.feed([...start, { ...middle[middle.length - 1]!, rateLimit: undefined, rateBudget: undefined } as never]);
    await view.press('+');
    expect(view.calls).toEqual([]);
    expect(view.live()).toContain('no rate limit to raise');
    await view.press('-');
    expect(view.calls).toEqual(['setRate 1332']);
  });

  it('keys typed faster than a frame each count', async () => {
    const view = renderCopy(100);
    await view.feed([...start, ...middle]);
    await view.press('+?');
    expect(view.calls).toEqual(['setRate 2200']);
    expect(view.live()).toContain('close this help');
  });

  it('q stops once, and the view says the checkpoint is being saved', async () => {
    const view = renderCopy(100);
    await view.feed([...start, ...middle]);
    await view.press('q');
    expect(view.calls).toEqual(['stop']);
    expect(view.live()).toContain('Stopping, saving the checkpoint…');
    expect(view.live()).not.toContain('q stop');
    await view.press('q', 'p', '+');
    expect(view.calls).toEqual(['stop']);
  });

  it('Ctrl-C stops like q', async () => {
    const view = renderCopy(100);
    await view.feed([...start, ...middle]);
    await view.press('\u0003');
    expect(view.calls).toEqual(['stop']);
  });

  it('after a stop, the summary says the copy stopped and how to resume', async () => {
    const view = renderCopy(80);
    await view.feed([...start, ...middle]);
    await view.press('q');
    await view.feed([{ type: 'summary', tables: [{ table: 'shop.customers', read: 1_000_000, written: 1_000_000, rejected: 0, seconds: 500 }] }]);
    expect(view.screen()).toContain('■ Copy stopped in 8m20s: 1,000,000 rows written');
    const text = view.screen();
    expect(text.slice(text.indexOf('■'))).toMatchInlineSnapshot(`
      "■ Copy stopped in 8m20s: 1,000,000 rows written
        table                read    written  rejected   time
        shop.customers  1,000,000  1,000,000         0  8m20s
        The checkpoint (ksmig-copy.json) keeps the ranges copied: run the same
        command with --resume to continue."
    `);
    expect(widest(text)).toBeLessThan(80);
  });
});

describe('text from servers and data', () => {
  it('shows control characters escaped, never raw', async () => {
    const view = renderCopy(120);
    await view.feed([
      ...start,
      { type: 'warning', message: 'odd \u001b]52;c;aGk=\u0007 clipboard' },
      ...middle,
      { type: 'reject', table: 'shop.orders', key: { id: 'a\u001bb' }, cause: 'bad \u001b[2J value\u0007\nsecond line' },
      { ...middle[middle.length - 1]!, activeRanges: ['shop.ord\u001b[31mers#7'] } as never,
    ]);
    const frame = view.lastFrame() ?? '';
    expect(frame).not.toContain('\u0007');
    expect(frame).not.toContain('\u009b');
    expect(frame).not.toContain('\u001b]52');
    expect(frame).not.toContain('\u001b[2J');
    expect(view.screen()).toContain('odd \\x1b]52;c;aGk=\\x07 clipboard');
    expect(view.screen()).toContain('bad \\x1b[2J value\\x07 second line');
    expect(view.screen()).toContain('shop.ord\\x1b[31mers #7');
  });
});
