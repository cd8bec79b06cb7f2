/**
 * A scripted migration session for the screens' tests: the state the real session keeps, answers
 * of its services (a real audit of a small live-looking schema, canned connection tests), and
 * copies and verifies the test drives event by event.
 */
import { auditSources } from '../../src/audit/audit.js';
import type { CopyControl, CopyEvent } from '../../src/copy/events.js';
import { convertSchema } from '../../src/convert/target-schema.js';
import { parseScript } from '../../src/cql/parse.js';
import { loadRules } from '../../src/rules/load.js';
import type { MigrationDriver } from '../../src/ui/migrate/driver.js';
import type { VerifyEvent } from '../../src/verify/events.js';
import type { AuditOutcome } from '../../src/workflows/audit.js';
import type { CopyResult } from '../../src/workflows/copy.js';
import type { ConnectionCheck, CostEstimate, MigrationState, OriginAnswers, TargetAnswers } from '../../src/workflows/migrate.js';
import type { ApplyEvent, ApplyResult } from '../../src/workflows/schema-apply.js';
import { reviewSchema } from '../../src/workflows/schema-review.js';
import type { VerifyControl, VerifyResult } from '../../src/workflows/verify.js';

/** The origin's live schema, as `readLiveSchema` renders it (one keyspace). */
export const SHOP_DDL = `CREATE KEYSPACE shop WITH replication = {'class': 'SimpleStrategy', 'replication_factor': '3'} AND durable_writes = true;

CREATE TABLE shop.customers (
    id uuid PRIMARY KEY,
    name text,
    email text
) WITH bloom_filter_fp_chance = 0.01
    AND caching = {'keys': 'ALL', 'rows_per_partition': 'NONE'}
    AND comment = ''
    AND compaction = {'class': 'org.apache.cassandra.db.compaction.SizeTieredCompactionStrategy', 'max_threshold': '32', 'min_threshold': '4'}
    AND default_time_to_live = 0
    AND gc_grace_seconds = 864000;

CREATE TABLE shop.orders (
    customer_id uuid,
    day date,
    order_id timeuuid,
    total decimal,
    PRIMARY KEY ((customer_id, day), order_id)
) WITH CLUSTERING ORDER BY (order_id DESC)
    AND comment = ''
    AND default_time_to_live = 0
    AND gc_grace_seconds = 864000;

CREATE INDEX orders_total ON shop.orders (total);
`;

/** An audit of {@link SHOP_DDL} as the session returns it, converted for `regions`. */
export function shopOutcome(regions: readonly string[] = [], capacity?: { read: number; write: number }): AuditOutcome {
  const rules = loadRules();
  const file = 'origin:10.0.4.21/shop';
  const report = auditSources([{ file, text: SHOP_DDL, kind: 'live' }], { rules, now: new Date('2026-01-01T00:00:00Z') });
  const targetSchema = convertSchema(parseScript(SHOP_DDL).statements, {
    rules,
    regions,
    ...(capacity !== undefined ? { capacity: { mode: 'provisioned', readCapacityUnits: capacity.read, writeCapacityUnits: capacity.write } } : {}),
    sources: [file],
    version: '0.1.0',
  });
  return { report, rules, sources: new Map([[file, SHOP_DDL]]), files: [file], targetSchema };
}

/** A promise settled by the test. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A copy or verify in flight: its events are emitted by the test, its end too. */
export interface LiveRun<E, C, R> {
  emit(events: E[]): void;
  readonly control: C | undefined;
  finish: Deferred<R>;
}

/** How the fake answers; every answer can be replaced. */
export interface FakeBehaviour {
  checkOrigin?: (answers: OriginAnswers) => Promise<ConnectionCheck & { keyspaces?: string[] }>;
  checkTarget?: (answers: TargetAnswers) => Promise<ConnectionCheck>;
  audit?: () => Promise<AuditOutcome>;
  estimate?: () => Promise<CostEstimate>;
  apply?: (onEvent: (e: ApplyEvent) => void) => Promise<ApplyResult>;
  originTables?: () => Promise<string[]>;
  writeReport?: () => Promise<{ markdown: string; json: string }>;
}

export const ESTIMATE: CostEstimate = {
  region: 'us-east-1',
  regions: 1,
  currency: 'USD',
  storage: 12.5,
  requests: undefined,
  basis: 'once-per-second',
  capacityUnitHour: { read: 0.00013, write: 0.00065 },
  hoursPerMonth: 720,
  tables: 2,
};

/** The fake session, with what it was asked (`calls`), the secrets it got, and the copy and verify in flight. */
export function fakeDriver(init: Partial<MigrationState> = {}, behaviour: FakeBehaviour = {}) {
  const calls: string[] = [];
  const secrets: Record<string, string | undefined> = {};
  const state: MigrationState = {
    version: 1,
    step: 'connect',
    keyspaces: [],
    regions: [],
    tables: [],
    checkpoint: '/work/app/.ksmig/migrate/copy-checkpoint.json',
    report: { version: 1, generatedAt: '2026-01-01T00:00:00.000Z' },
    ...init,
  };
  const runs: { copy?: LiveRun<CopyEvent, CopyControl, CopyResult>; verify?: LiveRun<VerifyEvent, VerifyControl, { result: VerifyResult; queries: undefined }> } = {};
  const driver: MigrationDriver = {
    dir: '/work/app/.ksmig/migrate',
    state,
    archived: undefined,
    setSecrets(s) {
      Object.assign(secrets, s);
      calls.push(`secrets ${Object.keys(s).join(',')}`);
    },
    async advance(step) {
      state.step = step;
      calls.push(`advance ${step}`);
    },
    async save() {
      calls.push('save');
    },
    async remembered() {
      return {};
    },
    async checkOrigin(answers) {
      calls.push(`checkOrigin ${answers.contactPoints.join(',')}`);
      const check = await (behaviour.checkOrigin?.(answers) ?? Promise.resolve({ ok: true as const, detail: 'data center dc1, 3 keyspaces', keyspaces: ['metrics', 'shop', 'shop_archive'] }));
      if (check.ok) state.origin = answers;
      return check;
    },
    async checkTarget(answers) {
      calls.push(`checkTarget ${answers.region} ${answers.auth}`);
      const check = await (behaviour.checkTarget?.(answers) ?? Promise.resolve({ ok: true as const, detail: 'Amazon Keyspaces at cassandra.us-east-1.amazonaws.com:9142' }));
      if (check.ok) state.target = answers;
      return check;
    },
    async audit(options) {
      calls.push(`audit ${options.keyspaces.join(',')} regions=${options.regions.join(',')} capacity=${options.capacity?.mode ?? '-'}`);
      state.keyspaces = options.keyspaces;
      state.regions = options.regions;
      state.capacity = options.capacity;
      const outcome = await (behaviour.audit?.() ??
        Promise.resolve(shopOutcome(options.regions, options.capacity?.mode === 'provisioned' ? { read: options.capacity.readCapacityUnits, write: options.capacity.writeCapacityUnits } : undefined)));
      const s = outcome.targetSchema;
      if (s !== undefined) state.report.schema = { keyspaces: s.keyspaces, tables: s.tables, types: s.types, omitted: s.omitted, applied: 0, failed: 0 };
      return outcome;
    },
    async chooseTargetKeyspace(name) {
      calls.push(`targetKeyspace ${name ?? '-'}`);
      state.targetKeyspace = name === '' || name === state.keyspaces[0] ? undefined : name;
    },
    reviewSchema(outcome) {
      const from = state.keyspaces[0];
      return reviewSchema(outcome, from !== undefined && state.targetKeyspace !== undefined ? { from, to: state.targetKeyspace } : undefined);
    },
    async estimate() {
      return behaviour.estimate?.() ?? ESTIMATE;
    },
    async apply(onEvent) {
      calls.push('apply');
      return (
        behaviour.apply?.(onEvent) ??
        Promise.resolve().then(() => {
          onEvent({ type: 'statement', index: 0, total: 3, kind: 'CreateKeyspace', object: 'keyspace shop' });
          onEvent({ type: 'active', object: 'keyspace shop', waitedMs: 0 });
          onEvent({ type: 'statement', index: 1, total: 3, kind: 'CreateTable', object: 'table shop.customers' });
          onEvent({ type: 'active', object: 'table shop.customers', waitedMs: 2100 });
          onEvent({ type: 'statement', index: 2, total: 3, kind: 'CreateTable', object: 'table shop.orders' });
          onEvent({ type: 'active', object: 'table shop.orders', waitedMs: 1500 });
          return { applied: 3, failed: [], active: [{ object: 'keyspace shop', waitedMs: 0 }, { object: 'table shop.customers', waitedMs: 2100 }, { object: 'table shop.orders', waitedMs: 1500 }], timedOut: [] };
        })
      );
    },
    async originTables() {
      return behaviour.originTables?.() ?? ['shop.customers', 'shop.orders'];
    },
    copy(options, onEvent, onControl) {
      calls.push(`copy tables=${options.tables.join(',') || '*'} rate=${options.rate ?? '-'}`);
      if (state.copyStarted !== true) state.tables = options.tables;
      state.copyStarted = true;
      const finish = deferred<CopyResult>();
      const control: CopyControl = {
        pause: () => void calls.push('copy pause'),
        resume: () => void calls.push('copy resume'),
        setRate: (units) => void calls.push(`copy rate ${String(units)}`),
        rate: options.rate,
        stop: () => {
          calls.push('copy stop');
          finish.resolve({ interrupted: true, dryRun: false, rejected: 0, checkpoint: state.checkpoint, rejects: '', tables: [] });
        },
      };
      runs.copy = { emit: (events) => events.forEach(onEvent), control, finish };
      onControl(control);
      return finish.promise;
    },
    async discardCopy() {
      calls.push('discardCopy');
      state.copyStarted = false;
    },
    verify(onEvent, onControl) {
      calls.push('verify');
      const finish = deferred<{ result: VerifyResult; queries: undefined }>();
      const control: VerifyControl = { stop: () => void calls.push('verify stop') };
      runs.verify = { emit: (events) => events.forEach(onEvent), control, finish };
      onControl(control);
      return finish.promise;
    },
    async writeReport() {
      calls.push('writeReport');
      return behaviour.writeReport?.() ?? { markdown: '/work/app/.ksmig/migrate/migration-report.md', json: '/work/app/.ksmig/migrate/migration-report.json' };
    },
  };
  return { driver, state, calls, secrets, runs };
}
