import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { finish as copyFinish, middle as copyMiddle, start as copyStart } from './copy-script.js';
import { fakeDriver, shopOutcome } from './migrate-fake.js';
import { KEY, renderMigrate, until } from './render-migrate.js';
import { widest } from './render-copy.js';
import { finish as verifyFinish, middle as verifyMiddle, start as verifyStart } from './verify-script.js';

afterEach(() => cleanup());

const ORIGIN = { contactPoints: ['10.0.4.21:9042'], localDataCenter: 'dc1', username: 'migrator' };
const TARGET = { region: 'us-east-1', auth: 'sigv4' as const };

describe('connect screen', () => {
  it('shows the origin form with the step indicator, the focused field’s hint and the keys', async () => {
    const { driver } = fakeDriver();
    const view = renderMigrate(driver, { columns: 120, rows: 24 });
    await view.shows('Connect to the origin');
    expect(view.screen()).toMatchInlineSnapshot(`
      "ksmig migrate  ● Connect  ○ Audit  ○ Schema  ○ Target  ○ Copy  ○ Verify  ○ Report

      Connect to the origin · the Cassandra cluster to migrate from

      ❯ Contact points  host[:port], …
        Data center     detected
        User name       none
        Password        none
        TLS CA file     none: no TLS
        Skip TLS check  [ ] no

        One or more nodes of the origin cluster, comma-separated; port 9042 unless given.










      enter connect · tab/↑↓ move · ctrl-g help · ctrl-c quit"
    `);
  });

  it('types masked passwords, validates, and lists the keyspaces once the origin answers', async () => {
    const { driver, secrets, calls } = fakeDriver();
    const view = renderMigrate(driver, { columns: 120, rows: 24 });
    await view.shows('Contact points');
    await view.press(KEY.enter);
    expect(await view.shows('✖')).toContain('✖ give at least one node: host or host:port');
    await view.type('10.0.4.21:9042, 10.0.4.22');
    await view.press(KEY.tab, KEY.tab, KEY.tab);
    await view.type('s3cret-pw');
    expect(view.screen()).toContain('Password        •••••••••');
    expect(view.screen()).not.toContain('s3cret');
    await view.press(KEY.enter);
    // The focus goes to the field to fix.
    expect(await view.shows('✖')).toContain('❯ User name       none\n                  ✖ a password needs a user name');
    await view.type('migrator');
    await view.press(KEY.enter);
    const audit = await view.shows('Keyspaces · 0 chosen of 3');
    expect(secrets['originPassword']).toBe('s3cret-pw');
    expect(calls).toContain('checkOrigin 10.0.4.21:9042,10.0.4.22');
    expect(calls).toContain('advance audit');
    expect(audit).toMatchInlineSnapshot(`
      "ksmig migrate  ✔ Connect  ● Audit  ○ Schema  ○ Target  ○ Copy  ○ Verify  ○ Report

      Audit the origin · choose what to audit
      ✔ Connected: data center dc1, 3 keyspaces

      Keyspaces · 0 chosen of 3
      ❯ [ ] metrics
        [ ] shop
        [ ] shop_archive

        Query log  none (optional)











      enter audit · space choose · a all · / filter · tab query log · esc back · ? help"
    `);
  });

  it('shows why the connection failed, with text from the server escaped', async () => {
    const { driver } = fakeDriver({}, {
      checkOrigin: async () => ({ ok: false, message: 'cannot reach the origin Cassandra at 10.0.4.21:9042: \u001b[2JECONNREFUSED', hint: 'check the host and port' }),
    });
    const view = renderMigrate(driver, { columns: 80, rows: 24 });
    await view.shows('Contact points');
    await view.type('10.0.4.21');
    await view.press(KEY.enter);
    const frame = await view.shows('✖ cannot reach');
    expect(frame).toContain('\\x1b[2JECONNREFUSED');
    expect(frame).toMatchInlineSnapshot(`
      "ksmig migrate  ● Connect ○ Audit ○ Schema ○ Target ○ Copy ○ Verify ○ Report

      Connect to the origin · the Cassandra cluster to migrate from

      ❯ Contact points  10.0.4.21
        Data center     detected
        User name       none
        Password        none
        TLS CA file     none: no TLS
        Skip TLS check  [ ] no

        One or more nodes of the origin cluster, comma-separated; port 9042 unless g…

      ✖ cannot reach the origin Cassandra at 10.0.4.21:9042: \\x1b[2JECONNREFUSED
        check the host and port







      enter connect · tab/↑↓ move · ctrl-g help · ctrl-c quit"
    `);
  });
});

describe('audit screen', () => {
  it('filters and chooses keyspaces, runs the audit, lists findings by severity and topic, shows a finding’s details', async () => {
    const { driver, calls } = fakeDriver({ step: 'audit', origin: ORIGIN });
    const view = renderMigrate(driver, { columns: 120, rows: 30 });
    await view.shows('Keyspaces · 0 chosen of 3');
    await view.press('/');
    await view.type('shop');
    await view.press(KEY.enter);
    expect(view.screen()).toContain('filter /shop');
    await view.press(' ');
    expect(view.screen()).toContain('[x] shop');
    await view.press(KEY.enter);
    const list = await view.shows('findings in shop');
    expect(calls).toContain('audit shop regions= capacity=-');
    expect(list).toMatchInlineSnapshot(`
      "ksmig migrate  ✔ Connect  ● Audit  ○ Schema  ○ Target  ○ Copy  ○ Verify  ○ Report

      5 findings in shop: 1 error, 1 warning, 3 infos

      ERROR · 1
        secondary-index · 1
      ❯   KS1001  shop:25  CREATE INDEX on shop.orders is rejected: Amazon Keyspaces has no secondary indexes (2i, SASI or S…
      WARNING · 1
        replication · 1
          KS4005  shop:1   SimpleStrategy is not one of Keyspaces' documented replication classes (SingleRegionStrategy, or …
      INFO · 3
        compaction · 1
          KS4001  shop:10  The compaction option is ignored by Amazon Keyspaces.
        table-option · 2
          KS4003  shop:7   Amazon Keyspaces ignores these table options: bloom_filter_fp_chance, caching, gc_grace_seconds.
          KS4003  shop:23  Amazon Keyspaces ignores these table options: gc_grace_seconds.












      c continue to the schema · enter details · ↑↓ move · esc back · ? help"
    `);
    await view.press(KEY.enter);
    const detail = await view.shows('Finding 1 of');
    expect(detail).toMatchInlineSnapshot(`
      "ksmig migrate  ✔ Connect  ● Audit  ○ Schema  ○ Target  ○ Copy  ○ Verify  ○ Report

      Finding 1 of 5
      KS1001 secondary-index · error · secondary-index
      Secondary indexes (including SASI and SAI) cannot be created in Amazon Keyspaces

      CREATE INDEX on shop.orders is rejected: Amazon Keyspaces has no secondary indexes (2i, SASI or SAI).
      at origin:10.0.4.21/shop:25:1

        24 │
        25 │ CREATE INDEX orders_total ON shop.orders (total);
           │ ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

      Why
        Amazon Keyspaces does not support secondary indexes of any kind: regular (2i), SASI or storage-attached (SAI). The
        statement is rejected, and any query that relies on the index (a WHERE on the indexed column, CONTAINS on an indexed
        collection, LIKE) fails or turns into a full scan with ALLOW FILTERING.

      What to do
        Create a lookup table whose partition key is the indexed column and whose other key columns are the base table's
        primary key. Write to it wherever the base table is written (a logged batch keeps both in step), and backfill it once
        from the base table. Query the lookup table instead of the index.

      Help
        Keep a second table keyed by the indexed column and write to both tables from the application.



      esc back to the list · ←→ previous/next · ↑↓ scroll · ? help"
    `);
    await view.press(KEY.right);
    expect(view.screen()).toContain('Finding 2 of');
    await view.press(KEY.escape);
    await view.shows('c continue to the schema');
    await view.press('c');
    await view.shows('Review the Keyspaces schema');
    expect(calls).toContain('advance schema');
  });

  it('Esc goes back: the schema to the findings (not audited again), the findings to the choice, the choice to the origin', async () => {
    const { driver, calls, state } = fakeDriver({ step: 'audit', origin: ORIGIN, keyspaces: ['shop'] });
    const view = renderMigrate(driver, { columns: 100, rows: 30 });
    await view.shows('1 chosen of 3');
    await view.press(KEY.enter);
    await view.shows('findings in shop');
    await view.press('c');
    await view.shows('Review the Keyspaces schema');
    await view.press(KEY.escape);
    await view.shows('findings in shop');
    expect(calls.filter((c) => c.startsWith('audit ')).length).toBe(1);
    expect(state.step).toBe('audit');
    await view.press(KEY.escape);
    await view.shows('1 chosen of 3');
    await view.press(KEY.escape);
    await view.shows('Connect to the origin');
    expect(view.screen()).toContain('Contact points  10.0.4.21:9042');
    expect(state.step).toBe('connect');
  });

  it('fits 80 columns', async () => {
    const { driver } = fakeDriver({ step: 'audit', origin: ORIGIN, keyspaces: ['shop'] });
    const view = renderMigrate(driver, { columns: 80, rows: 24 });
    await view.shows('1 chosen of 3');
    await view.press(KEY.enter);
    const list = await view.shows('findings in shop');
    expect(widest(list)).toBeLessThanOrEqual(79);
    expect(list).toMatchInlineSnapshot(`
      "ksmig migrate  ✔ Connect ● Audit ○ Schema ○ Target ○ Copy ○ Verify ○ Report

      5 findings in shop: 1 error, 1 warning, 3 infos

      ERROR · 1
        secondary-index · 1
      ❯   KS1001  shop:25  CREATE INDEX on shop.orders is rejected: Amazon Keyspaces…
      WARNING · 1
        replication · 1
          KS4005  shop:1   SimpleStrategy is not one of Keyspaces' documented replic…
      INFO · 3
        compaction · 1
          KS4001  shop:10  The compaction option is ignored by Amazon Keyspaces.
        table-option · 2
          KS4003  shop:7   Amazon Keyspaces ignores these table options: bloom_filte…
          KS4003  shop:23  Amazon Keyspaces ignores these table options: gc_grace_se…






      c continue to the schema · enter details · ↑↓ move · esc back · ? help"
    `);
  });
});

describe('schema screen', () => {
  it('shows both schemas side by side at 120 columns, with the notes and the cost', async () => {
    const { driver } = fakeDriver({ step: 'schema', origin: ORIGIN, keyspaces: ['shop'] });
    const view = renderMigrate(driver, { columns: 120, rows: 40 });
    const frame = await view.shows('storage $12.50');
    expect(frame).toMatchInlineSnapshot(`
      "ksmig migrate  ✔ Connect  ✔ Audit  ● Schema  ○ Target  ○ Copy  ○ Verify  ○ Report

      Review the Keyspaces schema · 1 keyspace, 2 tables, 1 left out
        Regions    the target’s Region (single-Region keyspace)
        Capacity   on-demand
        Keyspace   shop (same name on the target)
        Cost       storage $12.50/month in us-east-1; requests need a timestamped query log

      origin · Cassandra                                         │ target · Amazon Keyspaces
      keyspace shop
      - CREATE KEYSPACE shop WITH replication = {'class':        │ + CREATE KEYSPACE IF NOT EXISTS shop WITH replication =
            'SimpleStrategy', 'replication_factor': '3'} AND     │       {'class': 'SingleRegionStrategy'} AND
            durable_writes = true                                │       durable_writes = true
        • replication {'class': 'SimpleStrategy', 'replication_factor': '3'} became {'class': 'SingleRegionStrategy'} (KS4005
          simple-strategy)

      table shop.customers
      - CREATE TABLE shop.customers (                            │ + CREATE TABLE IF NOT EXISTS shop.customers (
            id uuid PRIMARY KEY,                                 │       id uuid PRIMARY KEY,
            name text,                                           │       name text,
            email text                                           │       email text
      - ) WITH bloom_filter_fp_chance = 0.01                     │
      -     AND caching = {'keys': 'ALL', 'rows_per_partition':  │
                'NONE'}                                          │
      -     AND comment = ''                                     │ + ) WITH comment = ''
      -     AND compaction = {'class':                           │
                'org.apache.cassandra.db.compaction.SizeTieredCo │
                mpactionStrategy', 'max_threshold': '32',        │
                'min_threshold': '4'}                            │
            AND default_time_to_live = 0                         │       AND default_time_to_live = 0
      -     AND gc_grace_seconds = 864000                        │
        • options Amazon Keyspaces ignores were removed: bloom_filter_fp_chance, caching, gc_grace_seconds (KS4003
          ignored-table-option)
        • options Amazon Keyspaces ignores were removed: compaction (KS4001 compaction-option)

      table shop.orders
      lines 1–27 of 43

      enter accept · r Regions · m capacity · k keyspace · esc back · ? help · ↑↓ [ ] scroll"
    `);
  });

  it('shows a diff of one column at 80, renames the keyspace, switches to provisioned capacity and converts again', async () => {
    const { driver, calls, state } = fakeDriver({ step: 'schema', origin: ORIGIN, keyspaces: ['shop'] });
    const view = renderMigrate(driver, { columns: 80, rows: 30 });
    await view.shows('storage $12.50');
    expect(view.screen()).toMatchInlineSnapshot(`
      "ksmig migrate  ✔ Connect ✔ Audit ● Schema ○ Target ○ Copy ○ Verify ○ Report

      Review the Keyspaces schema · 1 keyspace, 2 tables, 1 left out
        Regions    the target’s Region (single-Region keyspace)
        Capacity   on-demand
        Keyspace   shop (same name on the target)
        Cost       storage $12.50/month in us-east-1; requests need a timestamped
                   query log
      keyspace shop
      - CREATE KEYSPACE shop WITH replication = {'class': 'SimpleStrategy',
            'replication_factor': '3'} AND durable_writes = true
      + CREATE KEYSPACE IF NOT EXISTS shop WITH replication = {'class':
            'SingleRegionStrategy'} AND durable_writes = true
        • replication {'class': 'SimpleStrategy', 'replication_factor': '3'} became
          {'class': 'SingleRegionStrategy'} (KS4005 simple-strategy)

      table shop.customers
      - CREATE TABLE shop.customers (
      + CREATE TABLE IF NOT EXISTS shop.customers (
            id uuid PRIMARY KEY,
            name text,
            email text
      - ) WITH bloom_filter_fp_chance = 0.01
      -     AND caching = {'keys': 'ALL', 'rows_per_partition': 'NONE'}
      -     AND comment = ''
      + ) WITH comment = ''
      lines 1–18 of 47

      enter accept · r Regions · m capacity · k keyspace · esc back · ? help"
    `);
    await view.press('k', KEY.ctrlU);
    await view.type('shop_ks');
    await view.press(KEY.enter);
    await view.shows('shop → shop_ks');
    expect(state.targetKeyspace).toBe('shop_ks');
    expect(view.screen()).toContain('keyspace shop → shop_ks');
    await view.press('m');
    expect(view.screen()).toContain('read:write capacity units per second, for each table');
    await view.press(KEY.ctrlU);
    await view.type('200:50');
    await view.press(KEY.enter);
    const provisioned = await view.shows('provisioned 200:50');
    expect(calls).toContain('audit shop regions= capacity=provisioned');
    expect(provisioned).toContain('Cost       ≈ $96.74/month in us-east-1: capacity $84.24 (2 tables) + storage\n             $12.50');
    expect(widest(provisioned)).toBeLessThanOrEqual(79);
    await view.press('r');
    await view.type('us-east-1, eu-west-1,nowhere');
    await view.press(KEY.enter);
    expect(await view.shows('✖')).toContain('✖ nowhere is not an AWS Region name');
    await view.press(KEY.escape, KEY.enter);
    await view.shows('Connect to the target');
    expect(state.step).toBe('apply');
  });
});

describe('target screen', () => {
  it('asks for the target, then creates the schema once confirmed, watching each object become ACTIVE', async () => {
    const { driver, calls, secrets } = fakeDriver({ step: 'apply', origin: ORIGIN, keyspaces: ['shop'], regions: ['us-east-1'], report: { version: 1, generatedAt: '', schema: { keyspaces: 1, tables: 2, types: 0, omitted: 1, applied: 0, failed: 0 } } });
    const view = renderMigrate(driver, { columns: 100, rows: 24 });
    const form = await view.shows('Connect to the target');
    expect(form).toMatchInlineSnapshot(`
      "ksmig migrate  ✔ Connect  ✔ Audit  ✔ Schema  ● Target  ○ Copy  ○ Verify  ○ Report

      Connect to the target · Amazon Keyspaces, where the data goes

      ❯ Region          us-east-1
        Endpoint        cassandra.<region>.amazonaws.com:9142
        Authentication  ● sigv4  ○ password  ○ none
        AWS profile     default credential chain
        TLS CA file     the built-in Amazon roots
        Skip TLS check  [ ] no

        The AWS Region of the Keyspaces endpoint: its data center and the SigV4 scope.










      enter connect · tab/↑↓ move · esc back · ctrl-g help · ctrl-c quit"
    `);
    await view.press(KEY.tab, KEY.tab, ' ');
    const password = view.screen();
    expect(password).toContain('● password');
    expect(password).toContain('User name');
    await view.press(KEY.enter);
    expect(await view.shows('✖')).toContain('✖ service-specific credentials have a user name');
    await view.type('alice-at-123');
    await view.press(KEY.tab);
    await view.type('pa55word');
    await view.press(KEY.enter);
    const confirm = await view.shows('Create keyspace shop');
    expect(secrets['targetPassword']).toBe('pa55word');
    expect(calls).toContain('checkTarget us-east-1 service-specific');
    expect(confirm).toMatchInlineSnapshot(`
      "ksmig migrate  ✔ Connect  ✔ Audit  ✔ Schema  ● Target  ○ Copy  ○ Verify  ○ Report

      Connect to the target · Amazon Keyspaces, where the data goes

        Region          us-east-1
        Endpoint        cassandra.<region>.amazonaws.com:9142
        Authentication  ○ sigv4  ● password  ○ none
        User name       alice-at-123
        Password        ••••••••
        TLS CA file     the built-in Amazon roots
        Skip TLS check  [ ] no

      ✔ Connected: Amazon Keyspaces at cassandra.us-east-1.amazonaws.com:9142
        Create keyspace shop with 2 tables there? Keyspaces creates tables asynchronously: each is
        watched until it is ACTIVE.







      enter create the schema · esc back to the form · ? help"
    `);
    await view.press(KEY.enter);
    const applied = await view.shows('3 statements applied');
    expect(applied).toMatchInlineSnapshot(`
      "ksmig migrate  ✔ Connect  ✔ Audit  ✔ Schema  ● Target  ○ Copy  ○ Verify  ○ Report

      Create the schema on the target · creating the schema

        ✔ keyspace shop         ACTIVE after 0.0 s
        ✔ table shop.customers  ACTIVE after 2.1 s
        ✔ table shop.orders     ACTIVE after 1.5 s

      ✔ 3 statements applied; 3 objects ACTIVE













      enter continue to the copy · ? help"
    `);
    expect(calls).toContain('advance copy');
    await view.press(KEY.enter);
    await view.shows('Copy the data');
  });
});

describe('copy screen', () => {
  it('chooses tables and a rate, then shows the live copy view and its summary', async () => {
    const { driver, calls, runs } = fakeDriver({ step: 'copy', origin: ORIGIN, target: TARGET, keyspaces: ['shop'] });
    const view = renderMigrate(driver, { columns: 120, rows: 40 });
    const choose = await view.shows('Tables · 2 chosen of 2');
    expect(choose).toMatchInlineSnapshot(`
      "ksmig migrate  ✔ Connect  ✔ Audit  ✔ Schema  ✔ Target  ● Copy  ○ Verify  ○ Report

      Copy the data · token range by token range, resumable

      Tables · 2 chosen of 2
      ❯ [x] shop.customers
        [x] shop.orders

        Rate limit  none: as fast as the target takes it





























      enter start the copy · space choose · a all/none · tab rate · ? help · ctrl-c quit"
    `);
    await view.press(KEY.tab);
    await view.type('fast');
    await view.press(KEY.enter);
    expect(await view.shows('✖')).toContain('a number of write capacity units per second, or nothing');
    await view.press(KEY.ctrlU);
    await view.type('2000');
    await view.press(KEY.enter);
    await view.shows('preparing');
    expect(calls).toContain('copy tables=* rate=2000');
    runs.copy?.emit([...copyStart, ...copyMiddle]);
    const live = await view.shows('ksmig copy · 5 tables');
    expect(live).toMatchInlineSnapshot(`
      "ksmig migrate  ✔ Connect  ✔ Audit  ✔ Schema  ✔ Target  ● Copy  ○ Verify  ○ Report

      • Connected: origin 10.0.4.21:9042 → Keyspaces cassandra.eu-west-1.amazonaws.com:9142
      • Plan: 5 tables in 2 keyspaces · 4,096 ranges
        rate 2,000 WCU/s (~56m40s) · 16 workers · Murmur3Partitioner
        checkpoint ksmig-copy.json
        shop.orders: with ttl
        metrics.events: with ttl and writetime · converts d: duration → text
        metrics.daily_rollups: counter increments
      ⚠ Warning: metrics.events keeps write times: Keyspaces rejects client timestamps older than 2 days

      ksmig copy · 5 tables, 0 done                                                                       elapsed 8m20s

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

        p pause · +/- rate ±10% · q stop · ? help









      ctrl-c stop, save and quit"
    `);
    runs.copy?.emit(copyFinish);
    runs.copy?.finish.resolve({ interrupted: false, dryRun: false, rejected: 1, checkpoint: '', rejects: '', tables: [] });
    const done = await view.shows('enter continue to the verification');
    expect(done).toMatchInlineSnapshot(`
      "ksmig migrate  ✔ Connect  ✔ Audit  ✔ Schema  ✔ Target  ● Copy  ○ Verify  ○ Report

      • Plan: 5 tables in 2 keyspaces · 4,096 ranges
        rate 2,000 WCU/s (~56m40s) · 16 workers · Murmur3Partitioner
        checkpoint ksmig-copy.json
        shop.orders: with ttl
        metrics.events: with ttl and writetime · converts d: duration → text
        metrics.daily_rollups: counter increments
      ⚠ Warning: metrics.events keeps write times: Keyspaces rejects client timestamps older than 2 days
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
        1 row was rejected: the rejects file has each one with its cause.
















      enter continue to the verification · ctrl-c quit"
    `);
    await view.press(KEY.enter);
    await view.shows('ksmig verify');
    expect(calls).toContain('advance verify');
  });

  it('draws the live view within 80 columns', async () => {
    const { driver, runs } = fakeDriver({ step: 'copy', origin: ORIGIN, target: TARGET, keyspaces: ['shop'] });
    const view = renderMigrate(driver, { columns: 80, rows: 30 });
    await view.shows('Tables · 2 chosen of 2');
    await view.press(KEY.enter);
    await view.shows('preparing');
    runs.copy?.emit([...copyStart, ...copyMiddle]);
    const live = await view.shows('ksmig copy · 5 tables');
    expect(widest(live)).toBeLessThanOrEqual(79);
    expect(live).toMatchInlineSnapshot(`
      "ksmig migrate  ✔ Connect ✔ Audit ✔ Schema ✔ Target ● Copy ○ Verify ○ Report

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
        split    shop.orders: ReadTimeout at LOCAL_QUORUM · range #9 split into 4

        p pause · +/- rate ±10% · q stop · ? help

      ctrl-c stop, save and quit"
    `);
  });

  it('Ctrl-C stops the copy at a safe point, saves, and ends with 4 and how to continue', async () => {
    const { driver, calls, runs } = fakeDriver({ step: 'copy', origin: ORIGIN, target: TARGET, keyspaces: ['shop'] });
    const view = renderMigrate(driver, { columns: 100, rows: 30 });
    await view.shows('Tables · 2 chosen of 2');
    await view.press(KEY.enter);
    runs.copy?.emit([...copyStart, ...copyMiddle]);
    await view.shows('ksmig copy ·');
    await view.press(KEY.ctrlC);
    await until(() => view.exits.length > 0, () => 'the migration to end');
    expect(calls).toContain('copy stop');
    expect(calls).toContain('save');
    expect(view.exits).toEqual([
      {
        code: 4,
        lines: [
          'ksmig: the migration is saved at the Copy step (/work/app/.ksmig/migrate); the copy keeps its checkpoint.',
          '  continue with: ksmig migrate --resume (passwords are asked for again: they are never saved)',
        ],
      },
    ]);
  });

  it('offers to resume a stopped copy, or to discard its progress once confirmed', async () => {
    const { driver, calls } = fakeDriver({ step: 'copy', origin: { contactPoints: ['10.0.4.21'] }, target: TARGET, keyspaces: ['shop'], tables: [], copyStarted: true, rate: 500 });
    const view = renderMigrate(driver, { columns: 100, rows: 24 });
    const resume = await view.shows('Resume the copy');
    expect(resume).toMatchInlineSnapshot(`
      "ksmig migrate  ✔ Connect  ✔ Audit  ✔ Schema  ✔ Target  ● Copy  ○ Verify  ○ Report

      Resume the copy · from its checkpoint

      The copy of every table of shop was stopped. It continues where it stood: ranges already copied
      are not copied again.

      ❯ Rate limit  500

        Write capacity units per second for the whole copy (1 WCU writes 1 KB); +/- change it while the …












      enter resume the copy · d discard the progress · ctrl-g help · ctrl-c quit"
    `);
    await view.press('d');
    expect(view.screen()).toContain('Discard the copy’s progress?');
    await view.press('n');
    expect(view.screen()).not.toContain('Discard the copy’s progress?');
    await view.press(KEY.enter);
    expect(calls).toContain('copy tables=* rate=500');
    expect(calls).not.toContain('discardCopy');
  });
});

describe('verify and report screens', () => {
  it('shows the live verify view, then writes the report and ends with 1 when differences remain', async () => {
    const { driver, calls, runs, state } = fakeDriver({ step: 'verify', origin: ORIGIN, target: TARGET, keyspaces: ['shop'] });
    const view = renderMigrate(driver, { columns: 120, rows: 40 });
    await view.shows('ksmig verify');
    runs.verify?.emit([...verifyStart, ...verifyMiddle]);
    const live = await view.shows('differences ·');
    expect(live).toMatchInlineSnapshot(`
      "ksmig migrate  ✔ Connect  ✔ Audit  ✔ Schema  ✔ Target  ✔ Copy  ● Verify  ○ Report

      • Connected: origin Cassandra 10.0.4.21:9042 · target Keyspaces cassandra.eu-west-1.amazonaws.com:9142
      • Plan: 3 tables in 2 keyspaces · 3,072 ranges · ~6.80M rows
        merge: both sides streamed in token order (Murmur3Partitioner on both sides)
        3 query shapes to replay
      ⚠ Warning: metrics.events has no TTL on the target: TTLs are not compared
      ✔ shop.customers: 2,012,345 rows compared in 2m43s, identical

      ksmig verify · 3 tables, 1 done                                                                     elapsed 5m00s
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

        queries · 0/3 shapes replayed

        q stop · d hide differences · r hide queries · ? help




      ctrl-c stop, save and quit"
    `);
    runs.verify?.emit(verifyFinish);
    state.report = {
      version: 1,
      generatedAt: '2026-01-01T00:00:00.000Z',
      audit: { files: 1, statements: 4, errors: 1, warnings: 2, infos: 3, rules: [] },
      schema: { keyspaces: 1, tables: 2, types: 0, omitted: 1, applied: 3, failed: 0 },
      copy: { tables: [{ table: 'shop.customers', read: 2000, written: 2000, rejected: 0, seconds: 3 }, { table: 'shop.orders', read: 5000, written: 5000, rejected: 0, seconds: 4 }] },
      verify: { mode: 'merge', tables: [{ table: 'shop.customers', compared: 2000, missing: 0, extra: 0, different: 0, repaired: 0, stillDifferent: 0 }, { table: 'shop.orders', compared: 5000, missing: 1, extra: 0, different: 2, repaired: 0, stillDifferent: 0 }] },
    };
    runs.verify?.finish.resolve({ result: { mode: 'merge', tables: [], differencesRemain: true, interrupted: false }, queries: undefined });
    await view.shows('enter write the report');
    await view.press(KEY.enter);
    const report = await view.shows('Report written');
    expect(calls).toContain('writeReport');
    expect(report).toMatchInlineSnapshot(`
      "ksmig migrate  ✔ Connect  ✔ Audit  ✔ Schema  ✔ Target  ✔ Copy  ✔ Verify  ● Report

      Migration report · with problems to look at

      ✔ Report written
        /work/app/.ksmig/migrate/migration-report.md
        /work/app/.ksmig/migrate/migration-report.json

      ! Audit   4 statements: 1 error, 2 warnings, 3 infos
      ✔ Schema  1 keyspace, 2 tables; 3 statements applied, 0 failed; 1 left out
      ✔ Copy    2 tables, 7,000 rows written, 0 rejected
      ✖ Verify  7,000 rows compared: 3 differences remain


























      enter finish · ? help"
    `);
    await view.press(KEY.enter);
    await until(() => view.exits.length > 0, () => 'the migration to end');
    expect(state.step).toBe('done');
    expect(view.exits).toEqual([{ code: 1, lines: ['ksmig: the migration is finished; the report is in /work/app/.ksmig/migrate/migration-report.md (and /work/app/.ksmig/migrate/migration-report.json)'] }]);
  });
});

describe('every screen at 80 × 24', () => {
  it('target, apply, verify, report, resume and help fit, nothing wider than 79 columns', async () => {
    const frames: string[] = [];
    const report = { version: 1 as const, generatedAt: '', schema: { keyspaces: 1, tables: 2, types: 0, omitted: 1, applied: 3, failed: 0 } };

    const target = renderMigrate(fakeDriver({ step: 'apply', origin: ORIGIN, keyspaces: ['shop'], targetKeyspace: 'shop_ks', report }).driver, { columns: 80, rows: 24 });
    frames.push(await target.shows('Connect to the target'));
    await target.press(KEY.enter);
    frames.push(await target.shows('✖ the Region is needed'));
    await target.type('eu-west-1');
    await target.press(KEY.enter);
    frames.push(await target.shows('Create keyspace shop_ks'));
    await target.press(KEY.enter);
    const applied = await target.shows('3 statements applied');
    frames.push(applied);
    expect(applied).toMatchInlineSnapshot(`
      "ksmig migrate  ✔ Connect ✔ Audit ✔ Schema ● Target ○ Copy ○ Verify ○ Report

      Create the schema on the target · creating the schema

        ✔ keyspace shop         ACTIVE after 0.0 s
        ✔ table shop.customers  ACTIVE after 2.1 s
        ✔ table shop.orders     ACTIVE after 1.5 s

      ✔ 3 statements applied; 3 objects ACTIVE













      enter continue to the copy · ? help"
    `);
    cleanup();

    const verify = fakeDriver({ step: 'verify', origin: ORIGIN, target: TARGET, keyspaces: ['shop'] });
    const v = renderMigrate(verify.driver, { columns: 80, rows: 24 });
    await v.shows('ksmig verify');
    verify.runs.verify?.emit([...verifyStart, ...verifyMiddle]);
    const live = await v.shows('differences ·');
    frames.push(live);
    // The live view keeps its keys: the log above it gives way first.
    expect(live).toContain('q stop · d hide differences');
    expect(live).toMatchInlineSnapshot(`
      "ksmig migrate  ✔ Connect ✔ Audit ✔ Schema ✔ Target ✔ Copy ● Verify ○ Report


      ksmig verify · 3 tables, 1 done                                   elapsed 5m00s
        origin 10.0.4.21:9042         │ target cassandra.eu-west-1.amazonaws.com:9142
        merge: both sides streamed in token order

        table                                        ranges   rows  miss  extra  diff
        shop.orders    ███████▍░░░░░░░░░░  41%    630/1,536  1.64M     1      1     1
        metrics.events ░░░░░░░░░░░░░░░░░░             0/512  waiting
        overall        █████████▋░░░░░░░░  53%  1,654/3,072  3.65M     1      1     1

        speed      12.3k rows/s · ETA 4m16s · 1,654/3,072 ranges
        retries    1 · target: ReadTimeout at LOCAL_QUORUM, attempt 1

        differences · 3 found

        queries · 0/3 shapes replayed

        q stop · d hide differences · r hide queries · ? help


      ctrl-c stop, save and quit"
    `);
    verify.runs.verify?.emit(verifyFinish);
    verify.runs.verify?.finish.resolve({ result: { mode: 'merge', tables: [], differencesRemain: true, interrupted: false }, queries: undefined });
    frames.push(await v.shows('enter write the report'));
    verify.state.report = {
      version: 1,
      generatedAt: '',
      audit: { files: 1, statements: 4, errors: 0, warnings: 2, infos: 3, rules: [] },
      schema: { keyspaces: 1, tables: 2, types: 0, omitted: 1, applied: 3, failed: 0 },
      copy: { tables: [{ table: 'shop.customers', read: 2000, written: 2000, rejected: 0, seconds: 3 }] },
      verify: { mode: 'merge', tables: [{ table: 'shop.customers', compared: 2000, missing: 0, extra: 0, different: 0, repaired: 0, stillDifferent: 0 }], queries: [{ shape: 'SELECT …', runs: 3, match: 3, mismatch: 0, errors: 0, explained: 0 }] },
    };
    await v.press(KEY.enter);
    const written = await v.shows('Report written');
    frames.push(written);
    expect(written).toMatchInlineSnapshot(`
      "ksmig migrate  ✔ Connect ✔ Audit ✔ Schema ✔ Target ✔ Copy ✔ Verify ● Report

      Migration report · the target holds what the origin holds

      ✔ Report written
        /work/app/.ksmig/migrate/migration-report.md
        /work/app/.ksmig/migrate/migration-report.json

      ✔ Audit   4 statements: 0 errors, 2 warnings, 3 infos
      ✔ Schema  1 keyspace, 2 tables; 3 statements applied, 0 failed; 1 left out
      ✔ Copy    1 table, 2,000 rows written, 0 rejected
      ✔ Verify  2,000 rows compared: identical
                1 query shape replayed: all match









      enter finish · ? help"
    `);
    await v.press('?');
    frames.push(await v.shows('Help'));
    await v.press(KEY.escape, KEY.enter);
    await until(() => v.exits.length > 0, () => 'the migration to end');
    expect(v.exits[0]?.code).toBe(0);
    cleanup();

    const resume = renderMigrate(fakeDriver({ step: 'schema', origin: ORIGIN, keyspaces: ['shop'] }).driver, { columns: 80, rows: 24, resumed: true });
    frames.push(await resume.shows('Resume the migration'));
    cleanup();

    const copy = fakeDriver({ step: 'copy', origin: ORIGIN, target: TARGET, keyspaces: ['shop'] });
    const c = renderMigrate(copy.driver, { columns: 80, rows: 24 });
    await c.shows('Tables · 2 chosen of 2');
    await c.press(KEY.enter);
    copy.runs.copy?.emit([...copyStart, ...copyMiddle]);
    const copying = await c.shows('ksmig copy · 5 tables');
    expect(copying).toContain('p pause · +/- rate ±10% · q stop · ? help');
    frames.push(copying);

    for (const frame of frames) {
      expect(widest(frame)).toBeLessThanOrEqual(79);
      expect(frame.split('\n').length).toBeLessThanOrEqual(23);
    }
  });
});

describe('resume, help, small terminals', () => {
  it('a resumed migration says where it stands and asks for the passwords again', async () => {
    const { driver, secrets } = fakeDriver({ step: 'copy', origin: ORIGIN, target: { region: 'eu-west-1', auth: 'service-specific', username: 'alice-at-123' }, keyspaces: ['shop'], targetKeyspace: 'shop_ks', copyStarted: true });
    const view = renderMigrate(driver, { columns: 100, rows: 24, resumed: true });
    const frame = await view.shows('Resume the migration');
    expect(frame).toMatchInlineSnapshot(`
      "ksmig migrate  ✔ Connect  ✔ Audit  ✔ Schema  ✔ Target  ● Copy  ○ Verify  ○ Report

      Resume the migration · it continues where it stopped

        Step       Copy (resumes from its checkpoint)
        Origin     10.0.4.21:9042 (user migrator)
        Keyspaces  shop → shop_ks
        Target     cassandra.eu-west-1.amazonaws.com (eu-west-1, password)
        Directory  /work/app/.ksmig/migrate

      ❯ Origin password
        Target password

        The password of migrator on the origin (never saved).








      enter continue · tab next field · ctrl-g help · ctrl-c quit"
    `);
    await view.press(KEY.enter);
    expect(await view.shows('✖')).toContain('needed to continue');
    await view.type('origin-pw');
    await view.press(KEY.tab);
    await view.type('target-pw');
    await view.press(KEY.enter);
    await view.shows('Resume the copy');
    expect(secrets).toEqual({ originPassword: 'origin-pw', targetPassword: 'target-pw' });
  });

  it('? opens the help of the screen in its place and Esc closes it; Ctrl-G opens it while typing', async () => {
    const { driver } = fakeDriver({ step: 'audit', origin: ORIGIN });
    const view = renderMigrate(driver, { columns: 100, rows: 30 });
    await view.shows('Keyspaces · 0 chosen of 3');
    await view.press('?');
    const help = await view.shows('Help');
    expect(help).toMatchInlineSnapshot(`
      "ksmig migrate  ✔ Connect  ● Audit  ○ Schema  ○ Target  ○ Copy  ○ Verify  ○ Report

      Help

      The live schema of the chosen keyspaces (and the query log, if you give one) is checked against
      what Amazon Keyspaces supports.

      Findings are grouped by severity (error: fails or loses data; warning: behaves differently or
      costs more; info: worth knowing) and topic.

        space / a  choose a keyspace / all of them
        /          filter the keyspaces by name
        tab        to the query log field and back
        enter      run the audit; in the findings, a finding’s details
        ← →        previous / next finding in the details
        c          continue to the schema
        ?          this help (ctrl-g while typing in a field)
        esc        back: to the previous part of the step, or the previous step until the schema is
                   applied
        ctrl-c     save where the migration stands and quit; ksmig migrate --resume continues there








      esc close the help"
    `);
    await view.press(KEY.escape);
    await view.shows('Keyspaces · 0 chosen of 3');
    await view.press(KEY.tab);
    await view.type('q?');
    expect(view.screen()).toContain('Query log  q?');
    await view.press(KEY.ctrlG);
    await view.shows('esc close the help');
  });

  it('says when the terminal is too small, and comes back when it grows', async () => {
    const { driver } = fakeDriver();
    const view = renderMigrate(driver, { rows: 24 });
    await view.shows('Contact points');
    view.resize(50);
    expect(await view.shows('too small')).toMatchInlineSnapshot(`
      "ksmig migrate · 1/7 Connect         ● ○ ○ ○ ○ ○ ○

      The terminal is too small: 60×16 at least (now
      50×24)."
    `);
    view.resize(90);
    const back = await view.shows('Contact points');
    expect(widest(back)).toBeLessThanOrEqual(89);
  });

  it('escapes control characters in names from the server', async () => {
    const { driver } = fakeDriver({ step: 'audit', origin: ORIGIN }, { checkOrigin: async () => ({ ok: true, detail: 'data center dc1', keyspaces: ['evil\u001b]52;c;aGk=\u0007', 'shop'] }) });
    const view = renderMigrate(driver, { columns: 100, rows: 24 });
    const frame = await view.shows('chosen of 2');
    expect(frame).toContain('evil\\x1b]52;c;aGk=\\x07');
    expect(view.lastFrame()).not.toContain('\u001b]52');
  });

  it('a signal saves and ends like Ctrl-C', async () => {
    const { driver, calls } = fakeDriver({ step: 'schema', origin: ORIGIN, keyspaces: ['shop'] });
    const abort = new AbortController();
    const view = renderMigrate(driver, { columns: 100, rows: 30, interrupt: abort.signal });
    await view.shows('Review the Keyspaces schema');
    abort.abort();
    await until(() => view.exits.length > 0, () => 'the migration to end');
    expect(calls).toContain('save');
    expect(view.exits[0]?.code).toBe(4);
    expect(view.exits[0]?.lines[0]).toBe('ksmig: the migration is saved at the Schema step (/work/app/.ksmig/migrate).');
  });
});

// The audit used by the fake comes from the real rules: keep the fixture honest.
it('the fake audit finds what a live schema like it has', () => {
  const outcome = shopOutcome();
  expect(outcome.report.findings.map((f) => f.ruleId)).toContain('KS1001');
  expect(outcome.targetSchema?.tables).toBe(2);
});
