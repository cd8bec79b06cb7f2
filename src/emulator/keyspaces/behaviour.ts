/**
 * One entry point for the proxy: everything Keyspaces decides about a request, in Keyspaces'
 * order. Each call returns a `Decision` the proxy turns into frames: refuse with an error, forward
 * (possibly with other CQL, a commit to run on success, and result shaping), answer a schema
 * change locally, answer `system_schema_mcs` from backend rows, or count the rows of a range
 * delete first. Owns the shared state (tables, capacity buckets) of one emulator process.
 */
import { DEFAULT_MAX_STATEMENT_LENGTH } from '../../cql/parse.js';
import type { Select, Statement } from '../../cql/ast/nodes.js';
import { CapacityLimiter, type ChargedUnits } from './capacity.js';
import type { Clock } from '../../keyspaces/token-bucket.js';
import { checkConsistency, classifyStatement, classifyText } from './consistency.js';
import type { OperationClass } from './consistency.js';
import { planDdl } from './ddl.js';
import type { SchemaChange } from './ddl.js';
import type { Rejection, ThrottleError } from './errors.js';
import { inListOrder } from './in-order.js';
import type { InListOrder } from './in-order.js';
import {
  batchWriteCharges,
  checkBatch,
  checkRangeDeleteCount,
  checkStatement,
  rangeDeleteProbe,
  readTable,
  writeCharges,
} from './policy.js';
import type { BatchItem } from './policy.js';
import { answerMcs, mcsBackendQuery, mcsBindColumns, mcsResultColumns, mcsTarget, rewriteSchemaKeyspaces } from './system-schema-mcs.js';
import type { ColumnSpec } from '../protocol/messages.js';
import type { BackendRows, McsAnswer, McsTable } from './system-schema-mcs.js';
import { RowSizes } from './paging.js';
import { parseOne } from './parse-one.js';
import type { StatementParser } from '../background-parser.js';
import { EmulatorState, type BackendIdentity, type BackendSchema } from './state.js';
import type { BoundValueList } from './values.js';

/** Where the behaviour reads its backend's identity and schema (the emulator's own backend sessions). */
export interface BackendSchemaSource {
  identity(): Promise<BackendIdentity>;
  schema(): Promise<BackendSchema>;
}

/** Emulator settings the behaviour depends on (from `ksmig emulate` flags). */
export interface BehaviourOptions {
  /** `--state-dir`; without it the state lives in memory. Used once the backend is known (`attachBackend`). */
  stateDir?: string | undefined;
  /** `--ddl-delay` in seconds (tables stay CREATING this long). */
  ddlDelaySeconds?: number | undefined;
  /** `--read-capacity` / `--write-capacity` in units per second per table. */
  readCapacity?: number | undefined;
  writeCapacity?: number | undefined;
  /** Replication the backend gets for every keyspace (default SimpleStrategy RF 1). */
  backendReplication?: Record<string, string> | undefined;
  now?: Clock;
  /** Where statements longer than `backgroundParseFrom` are parsed (see `parseAhead`); none: on the event loop. */
  backgroundParser?: StatementParser | undefined;
}

/** Statements parsed ahead: texts and what they parsed to (null: not as exactly one statement). */
export type ParsedTexts = ReadonlyMap<string, Statement | null>;

/** A QUERY, EXECUTE or PREPARE as the proxy sees it. */
export interface StatementRequest {
  /** The statement text (for EXECUTE: the prepared text). */
  cql: string;
  /** The connection's keyspace (for EXECUTE: the keyspace it was prepared in, if the text is unqualified). */
  keyspace?: string | undefined;
  /** Protocol consistency; ignored for PREPARE. */
  consistency?: number | undefined;
  serialConsistency?: number | undefined;
  /** Positional bound values (named values must be put in marker order by the proxy). */
  values?: BoundValueList | undefined;
  /** The request's page size (rows), when it asked for paging. */
  pageSize?: number | undefined;
  /** True for PREPARE: only the statement itself is judged (no consistency, capacity or commit). */
  prepare?: boolean | undefined;
}

/** A BATCH frame: type byte, consistency, and each child's text and values. */
export interface BatchRequest {
  batchType: 0 | 1 | 2;
  keyspace?: string | undefined;
  consistency: number;
  serialConsistency?: number | undefined;
  statements: readonly { cql: string; values?: BoundValueList | undefined }[];
}

/** What to do with a request. */
export type Decision =
  /** Answer with this ERROR (timeouts carry their extra fields). */
  | { action: 'reject'; error: Rejection | ThrottleError }
  /**
   * Send to the backend: `cql` replaces the text when given (a QUERY's body, or for DDL), and
   * `pageSize` the request's page size (so a page stays within 1 MB, see paging.ts); call
   * `commit` once the backend answered with a RESULT; after a Rows result, call `settleRead` with
   * the bytes of the rows' cells and of the largest row, reorder rows with `inOrder` (see
   * in-order.ts), and replace the rows with `rewriteRows(rows)` (same columns; used for
   * `system_schema.keyspaces`).
   */
  | {
      action: 'forward';
      cql?: string;
      pageSize?: number;
      commit?: () => void;
      settleRead?: (bytes: number, largestRowBytes: number) => void;
      inOrder?: InListOrder;
      rewriteRows?: (rows: BackendRows) => (Buffer | null)[][];
    }
  /** Do not call the backend: call `commit`, answer RESULT Schema_change. */
  | { action: 'schema-change'; change: SchemaChange; commit: () => void }
  /** Run `query` (text + values) on the backend, then answer with `answer(rows of that query)`. */
  | { action: 'mcs'; table: McsTable; query: { cql: string; values: (Buffer | null)[] }; answer: (rows: BackendRows) => McsAnswer }
  /**
   * PREPARE of a `system_schema_mcs` SELECT, which the backend cannot prepare: answer RESULT
   * Prepared with these columns (`resultColumns` undefined: no result metadata) and an id of your
   * own; its EXECUTEs come back through `decide` as `mcs` decisions.
   */
  | { action: 'prepare-locally'; table: McsTable; bindColumns: ColumnSpec[]; resultColumns: ColumnSpec[] | undefined }
  /** Run `probe` on the backend first; then ask `afterProbe(number of rows it returned)` for the real decision. */
  | { action: 'probe'; probe: { cql: string; values: (Buffer | null)[] }; afterProbe: (rows: number) => Decision };

const parseCacheSize = 2048;
/**
 * Bounds on the text the parse cache keeps (in UTF-16 code units): a client may send statements up
 * to the frame size, and a cached statement keeps its text and a syntax tree several times larger.
 * Longer texts are parsed on every use; prepared statements and typical queries are far shorter.
 */
const parseCacheMaxText = 64 * 1024;
const parseCacheTotalText = 8 * 1024 * 1024;
/**
 * Texts at least this long (UTF-16 code units), not in the parse cache, go to the background parser.
 * Shorter ones take the full parser a few milliseconds at most; the thread's round trip would cost
 * about as much.
 */
export const backgroundParseFrom = 16 * 1024;

/** The Keyspaces behaviour of one emulator process. */
export class KeyspacesBehaviour {
  private currentState: EmulatorState;
  private backend: BackendSchemaSource | undefined;
  private syncing: Promise<void> | undefined;
  private syncAgain = false;
  private readonly capacity: CapacityLimiter;
  private readonly now: Clock;
  private readonly ddlDelayMs: number;
  private readonly parsed = new Map<string, Statement | null>();
  private parsedText = 0;
  private readonly rowSizes = new RowSizes();

  constructor(private readonly options: BehaviourOptions = {}) {
    this.now = options.now ?? Date.now;
    // Settings belong to a backend: in memory until `attachBackend` says which one.
    this.currentState = EmulatorState.open(undefined);
    this.ddlDelayMs = (options.ddlDelaySeconds ?? 0) * 1000;
    this.capacity = new CapacityLimiter({
      readCapacity: options.readCapacity,
      writeCapacity: options.writeCapacity,
      provisioned: (table) => this.state.provisionedCapacity(table),
      now: this.now,
    });
  }

  /** Capacity units charged to `table` (`keyspace.table`) so far (read-only; see CapacityLimiter.charges). */
  capacityCharged(table: string): ChargedUnits {
    return this.capacity.charges(table);
  }

  /** The Keyspaces-side settings of the backend's keyspaces and tables. */
  get state(): EmulatorState {
    return this.currentState;
  }

  /**
   * Binds the remembered settings to the backend: its identity picks the state file in
   * `--state-dir` (a new Cassandra starts with none), which is then reconciled with the backend's
   * schema (settings of tables dropped or recreated behind the emulator's back are forgotten).
   */
  async attachBackend(source: BackendSchemaSource): Promise<void> {
    this.backend = source;
    this.currentState = EmulatorState.open(this.options.stateDir, await source.identity());
    await this.syncBackend();
  }

  /**
   * Reconciles the settings with the backend's schema now (after DDL through the emulator, or a
   * schema change announced by the backend). Calls while one runs are folded into one more run;
   * a failed read leaves the settings as they are (the next call tries again).
   */
  syncBackend(): Promise<void> {
    const source = this.backend;
    if (source === undefined) return Promise.resolve();
    if (this.syncing !== undefined) {
      this.syncAgain = true;
      return this.syncing;
    }
    const run = async (): Promise<void> => {
      do {
        this.syncAgain = false;
        const state = this.currentState;
        const since = state.revision;
        state.reconcile(await source.schema(), since);
      } while (this.syncAgain);
    };
    this.syncing = run()
      .catch(() => undefined)
      .finally(() => {
        this.syncing = undefined;
      });
    return this.syncing;
  }

  /** Settles when no reconciliation is running (the emulator waits for it before closing its backend sessions). */
  idle(): Promise<void> {
    return this.syncing ?? Promise.resolve();
  }

  /** Code units of statement text the parse cache holds (bounded; see parseCacheTotalText). */
  get parseCacheText(): number {
    return this.parsedText;
  }

  /** The one statement of `cql`, or undefined when it does not parse as exactly one (cached). */
  parse(cql: string, ahead?: ParsedTexts): Statement | undefined {
    const early = ahead?.get(cql);
    if (early !== undefined) return early ?? undefined;
    const cached = this.parsed.get(cql);
    if (cached !== undefined) return cached ?? undefined;
    const stmt = parseOne(cql);
    this.remember(cql, stmt);
    return stmt ?? undefined;
  }

  /**
   * Parses `texts` that are long, not cached and within the parser's limit on the background parser,
   * so that `decide` and `decideBatch` given the result do not parse them on the event loop.
   * Undefined (decide at once) when there is none, or no background parser. A text the thread
   * failed on is left out: it is then parsed where it is decided.
   */
  parseAhead(texts: readonly string[]): Promise<ParsedTexts> | undefined {
    const parser = this.options.backgroundParser;
    if (parser === undefined) return undefined;
    let long: string[] | undefined;
    for (const cql of texts) {
      if (cql.length < backgroundParseFrom || cql.length > DEFAULT_MAX_STATEMENT_LENGTH || this.parsed.has(cql)) continue;
      (long ??= []).push(cql);
    }
    if (long === undefined) return undefined;
    return Promise.all(
      long.map((cql) =>
        parser.parse(cql).then(
          (stmt) => {
            this.remember(cql, stmt);
            return [cql, stmt] as const;
          },
          () => undefined,
        ),
      ),
    ).then((parsed) => new Map(parsed.filter((p) => p !== undefined)));
  }

  /** Keeps what `cql` parsed to in the parse cache, within its bounds. */
  private remember(cql: string, stmt: Statement | null): void {
    if (cql.length > parseCacheMaxText || this.parsed.has(cql)) return;
    while (this.parsed.size > 0 && (this.parsed.size >= parseCacheSize || this.parsedText + cql.length > parseCacheTotalText)) {
      const oldest = this.parsed.keys().next().value as string;
      this.parsed.delete(oldest);
      this.parsedText -= oldest.length;
    }
    this.parsed.set(cql, stmt);
    this.parsedText += cql.length;
  }

  /** Stops the background parser, if any. */
  async close(): Promise<void> {
    await this.options.backgroundParser?.close();
  }

  /** The operation class of a request (for the proxy's own routing, e.g. per-connection limits). */
  classify(cql: string, keyspace?: string): OperationClass {
    const stmt = this.parse(cql);
    return stmt === undefined ? classifyText(cql, keyspace) : classifyStatement(stmt, keyspace);
  }

  /**
   * Decides a QUERY, EXECUTE or PREPARE. Unparseable text is left to the backend (after the
   * consistency check). `ahead`: what `parseAhead` parsed for it.
   */
  decide(request: StatementRequest, ahead?: ParsedTexts): Decision {
    const stmt = this.parse(request.cql, ahead);
    const keyspace = request.keyspace;
    if (request.prepare !== true && request.consistency !== undefined) {
      const operation = stmt === undefined ? classifyText(request.cql, keyspace) : classifyStatement(stmt, keyspace);
      const refused = checkConsistency(operation, request.consistency, request.serialConsistency);
      if (refused !== undefined) return { action: 'reject', error: refused };
    }
    if (stmt === undefined) return { action: 'forward' };
    const now = this.now();
    const rejection = checkStatement(stmt, {
      keyspace,
      state: this.state,
      now,
      ddlDelayMs: this.ddlDelayMs,
      values: request.values,
      prepared: request.prepare,
    });
    if (rejection !== undefined) return { action: 'reject', error: rejection };
    const mcs = mcsTarget(stmt, keyspace);
    if (request.prepare === true) {
      if (mcs === undefined || stmt.kind !== 'Select') return { action: 'forward' };
      return { action: 'prepare-locally', table: mcs, bindColumns: mcsBindColumns(stmt, mcs), resultColumns: mcsResultColumns(stmt, mcs) };
    }
    if (mcs !== undefined && stmt.kind === 'Select') return this.mcsDecision(stmt, mcs, request);

    const ddl = planDdl(stmt, { keyspace, state: this.state, now, backendReplication: this.options.backendReplication });
    if (ddl !== undefined) {
      if (ddl.action === 'local') return { action: 'schema-change', change: ddl.change, commit: ddl.commit };
      // Once the backend has run it, learn the ids of the tables it created (and notice what it dropped).
      const commit = (): void => {
        ddl.commit();
        void this.syncBackend();
      };
      return { action: 'forward', cql: ddl.cql, commit };
    }

    const probe = rangeDeleteProbe(stmt, { keyspace, state: this.state });
    if (probe !== undefined) {
      return {
        action: 'probe',
        probe: { cql: probe.cql, values: probe.valueIndexes.map((i) => request.values?.[i] ?? null) },
        afterProbe: (rows) => {
          const tooMany = checkRangeDeleteCount(rows);
          return tooMany !== undefined ? { action: 'reject', error: tooMany } : this.admit(stmt, request);
        },
      };
    }
    return this.admit(stmt, request);
  }

  /** Decides a BATCH frame. `ahead`: what `parseAhead` parsed of its statements. */
  decideBatch(request: BatchRequest, ahead?: ParsedTexts): Decision {
    const refused = checkConsistency('write', request.consistency, request.serialConsistency);
    if (refused !== undefined) return { action: 'reject', error: refused };
    const items: BatchItem[] = [];
    for (const child of request.statements) {
      const stmt = this.parse(child.cql, ahead);
      // A child that does not parse: the backend will refuse the batch with its own error.
      if (stmt === undefined) return { action: 'forward' };
      items.push({ stmt, values: child.values });
    }
    const ctx = { keyspace: request.keyspace, state: this.state, now: this.now(), ddlDelayMs: this.ddlDelayMs };
    const rejection = checkBatch(request.batchType, items, ctx);
    if (rejection !== undefined) return { action: 'reject', error: rejection };
    const charges = batchWriteCharges(items, ctx);
    const throttled = this.capacity.admitWrite(charges, request.batchType === 0);
    if (throttled !== undefined) return { action: 'reject', error: throttled };
    for (const charge of charges) this.rowSizes.observe(charge.table, charge.bytes);
    return { action: 'forward' };
  }

  // Capacity and result shaping for a statement that passed every check.
  private admit(stmt: Statement, request: StatementRequest): Decision {
    const keyspace = request.keyspace;
    if (stmt.kind === 'Insert' || stmt.kind === 'Update' || stmt.kind === 'Delete' || stmt.kind === 'Batch') {
      const charges = writeCharges(stmt, { keyspace, state: this.state, values: request.values });
      const throttled = this.capacity.admitWrite(charges, stmt.kind === 'Batch' && stmt.batchType === 'logged');
      if (throttled !== undefined) return { action: 'reject', error: throttled };
      for (const charge of charges) this.rowSizes.observe(charge.table, charge.bytes);
      return { action: 'forward' };
    }
    if (stmt.kind === 'Select') {
      const table = readTable(stmt, { keyspace });
      const decision: Decision & { action: 'forward' } = { action: 'forward' };
      if ((stmt.table.keyspace?.text ?? keyspace) === 'system_schema' && stmt.table.name.text === 'keyspaces') {
        decision.rewriteRows = (rows) => rewriteSchemaKeyspaces(rows, this.state);
      }
      const order = inListOrder(stmt, { keyspace, state: this.state, values: request.values });
      if (order !== undefined) decision.inOrder = order;
      if (table !== undefined) {
        const consistency = request.consistency ?? 0x0006;
        const throttled = this.capacity.admitRead(table, consistency);
        if (throttled !== undefined) return { action: 'reject', error: throttled };
        decision.settleRead = (bytes, largestRowBytes) => {
          this.capacity.settleRead(table, bytes, consistency);
          this.rowSizes.observe(table, largestRowBytes);
        };
        const pageSize = request.pageSize === undefined ? undefined : this.rowSizes.pageRows(table, request.pageSize);
        if (pageSize !== undefined) decision.pageSize = pageSize;
      }
      return decision;
    }
    return { action: 'forward' };
  }

  private mcsDecision(stmt: Select, table: McsTable, request: StatementRequest): Decision {
    const query = mcsBackendQuery(stmt, table);
    return {
      action: 'mcs',
      table,
      query: { cql: query.cql, values: query.valueIndexes.map((i) => request.values?.[i] ?? null) },
      answer: (rows) => answerMcs(stmt, table, rows, { state: this.state, now: this.now(), ddlDelayMs: this.ddlDelayMs, values: request.values }),
    };
  }
}
