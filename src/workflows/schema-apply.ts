import { connectKeyspaces, type KeyspacesSessionOptions } from '../clusters/keyspaces-session.js';
import type { Statement } from '../cql/ast/nodes.js';
import { printStatement } from '../cql/ast/print.js';
import { parseScript } from '../cql/parse.js';
import { usageError } from '../shared/errors.js';

/** Progress of `applySchema`, for the UI and `--json` event streams. */
export type ApplyEvent =
  | { type: 'statement'; index: number; total: number; kind: Statement['kind']; object: string }
  | { type: 'statement-failed'; index: number; object: string; error: string }
  | { type: 'waiting'; object: string; status: string; waitedMs: number }
  | { type: 'active'; object: string; waitedMs: number };

/** What happened to the schema. */
export interface ApplyResult {
  applied: number;
  failed: Array<{ object: string; statement: string; error: string }>;
  /** Tables and keyspaces created, with how long each took to become ACTIVE. */
  active: Array<{ object: string; waitedMs: number }>;
  /** Objects that had not become ACTIVE by the deadline. */
  timedOut: Array<{ object: string; status: string }>;
}

/** What `applySchema` runs statements through: a Keyspaces session, or any client with `execute`. */
export interface StatementRunner {
  execute(query: string, params?: unknown, options?: { prepare?: boolean }): Promise<{ first(): Record<string, unknown> | null }>;
}

export interface ApplyOptions {
  /** How long to wait for one object to become ACTIVE. Default 10 minutes (Keyspaces creates tables asynchronously). */
  activeTimeoutMs?: number;
  /** Polling interval for `system_schema_mcs`. Default 1 s. */
  pollMs?: number;
  onEvent?: (event: ApplyEvent) => void;
  /** Injectable sleep (tests). */
  sleep?: (ms: number) => Promise<void>;
  /** Wait for each keyspace and table to become ACTIVE (`system_schema_mcs`); default true. A plain Cassandra has no such table. */
  waitActive?: boolean;
}

const DDL_KINDS = new Set<Statement['kind']>(['CreateKeyspace', 'AlterKeyspace', 'CreateType', 'CreateTable', 'AlterTable', 'DropTable', 'DropType', 'DropKeyspace', 'Use']);

/**
 * Creates a schema on Amazon Keyspaces (or `ksmig emulate`): runs each DDL statement unprepared
 * (Keyspaces cannot prepare DDL), then — because Keyspaces creates keyspaces and tables
 * asynchronously — polls `system_schema_mcs` until the object is ACTIVE before the next
 * statement, so a table is never created in a keyspace that is still CREATING. A failing
 * statement is recorded and the rest still run. Statements other than DDL are not sent.
 */
export async function applySchema(session: StatementRunner, statements: readonly Statement[], options: ApplyOptions = {}): Promise<ApplyResult> {
  const timeout = options.activeTimeoutMs ?? 10 * 60_000;
  const pollMs = options.pollMs ?? 1_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const emit = options.onEvent ?? (() => undefined);
  const ddl = statements.filter((s) => DDL_KINDS.has(s.kind));
  const result: ApplyResult = { applied: 0, failed: [], active: [], timedOut: [] };
  let keyspace: string | undefined;

  for (const [index, stmt] of ddl.entries()) {
    if (stmt.kind === 'Use') {
      keyspace = stmt.keyspace.text;
      continue;
    }
    const target = objectOf(stmt, keyspace);
    emit({ type: 'statement', index, total: ddl.length, kind: stmt.kind, object: target.label });
    const cql = printStatement(stmt);
    try {
      await session.execute(cql, [], { prepare: false });
      result.applied++;
    } catch (err) {
      const error = (err as Error).message;
      result.failed.push({ object: target.label, statement: cql, error });
      emit({ type: 'statement-failed', index, object: target.label, error });
      continue;
    }
    if (target.await === undefined || options.waitActive === false) continue;
    const started = Date.now();
    let status = 'CREATING';
    while (Date.now() - started <= timeout) {
      status = await statusOf(session, target.await);
      if (status === 'ACTIVE') break;
      emit({ type: 'waiting', object: target.label, status, waitedMs: Date.now() - started });
      await sleep(pollMs);
    }
    const waitedMs = Date.now() - started;
    if (status === 'ACTIVE') {
      result.active.push({ object: target.label, waitedMs });
      emit({ type: 'active', object: target.label, waitedMs });
    } else {
      result.timedOut.push({ object: target.label, status });
    }
  }
  return result;
}

type AwaitTarget = { keyspace: string; table?: string };

function objectOf(stmt: Statement, current: string | undefined): { label: string; await?: AwaitTarget } {
  switch (stmt.kind) {
    case 'CreateKeyspace':
      return { label: `keyspace ${stmt.name.text}`, await: { keyspace: stmt.name.text } };
    case 'CreateTable': {
      const keyspace = stmt.name.keyspace?.text ?? current ?? '';
      return { label: `table ${keyspace}.${stmt.name.name.text}`, await: { keyspace, table: stmt.name.name.text } };
    }
    case 'AlterTable': {
      const keyspace = stmt.name.keyspace?.text ?? current ?? '';
      return { label: `table ${keyspace}.${stmt.name.name.text}`, await: { keyspace, table: stmt.name.name.text } };
    }
    case 'CreateType':
      return { label: `type ${stmt.name.keyspace?.text ?? current ?? ''}.${stmt.name.name.text}` };
    default:
      return { label: stmt.kind };
  }
}

async function statusOf(session: StatementRunner, target: AwaitTarget): Promise<string> {
  const rs =
    target.table === undefined
      ? await session.execute('SELECT keyspace_name FROM system_schema_mcs.keyspaces WHERE keyspace_name = ?', [target.keyspace], { prepare: false })
      : await session.execute('SELECT status FROM system_schema_mcs.tables WHERE keyspace_name = ? AND table_name = ?', [target.keyspace, target.table], {
          prepare: false,
        });
  const row = rs.first();
  if (row === null) return 'NOT_FOUND';
  if (target.table === undefined) return 'ACTIVE';
  return String(row['status'] ?? 'UNKNOWN').toUpperCase();
}

/** What `ksmig schema apply` needs: the schema text, where it came from, and the target. */
export interface SchemaApplyOptions extends Omit<ApplyOptions, 'onEvent'> {
  /** The Keyspaces-ready schema (e.g. from `ksmig audit --emit-target-schema`). */
  text: string;
  /** Its file name, for error positions. */
  file: string;
  target: KeyspacesSessionOptions;
}

/**
 * Parses `options.text`, connects to the target and applies the schema. A statement that does not
 * parse is a usage error naming its position (nothing is applied); an unreachable target is a
 * connection error (exit 3).
 */
export async function runSchemaApply(options: SchemaApplyOptions, onEvent: (event: ApplyEvent) => void = () => undefined): Promise<ApplyResult> {
  const parsed = parseScript(options.text);
  const first = parsed.errors[0];
  if (first) {
    throw usageError(`${options.file}:${first.range.start.line}:${first.range.start.column}: ${first.message}`, 'fix the schema file (ksmig audit shows every problem)');
  }
  const session = await connectKeyspaces(options.target);
  try {
    return await applySchema(session, parsed.statements, { ...options, onEvent });
  } finally {
    await session.shutdown();
  }
}
