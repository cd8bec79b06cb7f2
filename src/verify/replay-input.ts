/**
 * What query replay reads: a `.cql` script or a query log in any format `ksmig audit` reads,
 * folded into statement shapes (literals replaced by `?`, as the audit folds them). Each shape
 * keeps the first few distinct statements as written — literals and, where the log records them,
 * bound values — so each can be replayed with its own values. Only SELECTs are kept; every other
 * statement is counted and never run. Memory is bounded by shapes × statements kept per shape,
 * never by the length of the log.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { DEFAULT_MAX_STATEMENT_LENGTH, parseScript } from '../cql/parse.js';
import { decode, readHead } from '../sources/files.js';
import { looksLikeCqlScript, stripCqlshNoise } from '../sources/describe.js';
import { detectFormat } from '../sources/query-logs/detect.js';
import { readers, SkippedLines } from '../sources/query-logs/readers.js';
import type { QueryLogFormat } from '../sources/query-logs/records.js';
import { statementShape } from '../sources/query-logs/shape-scanner.js';

/** One statement to replay, as the input wrote it. */
export interface ReplayStatement {
  /** The statement text (literals included). */
  text: string;
  /** The session keyspace it ran in (the log's `ks`/`keyspace` field, or the script's last `USE`). */
  keyspace?: string | undefined;
  /** Bound values the log recorded, serialized as the protocol sends them (`undefined` where a dump cut one short). */
  values?: Array<Buffer | undefined> | undefined;
  /** 1-based line of the input where it starts. */
  line: number;
}

/** One SELECT shape of the input and the statements kept for it. */
export interface ReplayShapeInput {
  /** Normalised statement text (literals as `?`). */
  shape: string;
  /** Session keyspace of the statements of this shape (shapes are kept apart per keyspace). */
  keyspace: string | undefined;
  /** Occurrences in the input. */
  count: number;
  firstLine: number;
  /** Distinct statements (text and values), first seen first, at most `statementsPerShape`. */
  statements: ReplayStatement[];
}

/** What was read and what was left out. */
export interface ReplayInput {
  /** `cql` for a script, else the query-log format read. */
  format: 'cql' | Exclude<QueryLogFormat, 'auto'>;
  /** SELECT shapes, most frequent first (ties: first seen first). */
  shapes: ReplayShapeInput[];
  /** Statements that are not SELECTs: never run, counted per kind (`insert`, `update`, `begin`, …). */
  skipped: { statements: number; shapes: number; byKind: Record<string, number> };
  /** Statements of a script that did not parse, and log lines a reader could not use. */
  unreadable: number;
  /** SELECT occurrences not kept because the shape limit was reached. */
  overflow: number;
}

/** Options of {@link readReplayInput}. */
export interface ReplayInputOptions {
  /** `cql` forces a script reading, a log format forces a log reading; `auto` (default) decides as `ksmig audit` does. */
  format?: QueryLogFormat | 'cql';
  /** Distinct statements kept per shape (default 20). */
  statementsPerShape?: number;
  /** Distinct shapes kept (default 10,000); further new shapes are counted as overflow. */
  maxShapes?: number;
}

const SCRIPT_EXTENSIONS = new Set(['.cql', '.cqlsh', '.ddl']);
const DEFAULT_STATEMENTS_PER_SHAPE = 20;
const DEFAULT_MAX_SHAPES = 10_000;

/**
 * Folds statements into SELECT shapes: the pure part of reading a replay input. Feed it every
 * statement in input order with {@link add}; {@link result} gives the shapes.
 */
export class ReplayInputCollector {
  private readonly byKey = new Map<string, ReplayShapeInput & { seen: Set<string> }>();
  private readonly skippedKinds = new Map<string, Set<string>>();
  private skippedStatements = 0;
  private overflow = 0;

  constructor(
    private readonly statementsPerShape: number = DEFAULT_STATEMENTS_PER_SHAPE,
    private readonly maxShapes: number = DEFAULT_MAX_SHAPES,
  ) {}

  /** Adds one statement; returns what became of it. */
  add(statement: ReplayStatement): 'kept' | 'counted' | 'skipped' | 'overflow' | 'empty' {
    const shape = statementShape(statement.text);
    if (shape === '') return 'empty';
    const kind = shape.slice(0, shape.search(/\s|$/));
    if (kind !== 'select') {
      this.skippedStatements++;
      let shapes = this.skippedKinds.get(kind);
      if (shapes === undefined) this.skippedKinds.set(kind, (shapes = new Set()));
      if (shapes.size < this.maxShapes) shapes.add(shape);
      return 'skipped';
    }
    const key = statement.keyspace === undefined ? shape : `${statement.keyspace}\u0000${shape}`;
    let entry = this.byKey.get(key);
    if (entry === undefined) {
      if (this.byKey.size >= this.maxShapes) {
        this.overflow++;
        return 'overflow';
      }
      entry = { shape, keyspace: statement.keyspace, count: 0, firstLine: statement.line, statements: [], seen: new Set() };
      this.byKey.set(key, entry);
    }
    entry.count++;
    if (entry.statements.length >= this.statementsPerShape) return 'counted';
    const identity = `${statement.text.trim()}\u0000${(statement.values ?? []).map((v) => (v === undefined ? '~' : v.toString('hex'))).join(',')}`;
    if (entry.seen.has(identity)) return 'counted';
    entry.seen.add(identity);
    entry.statements.push(statement);
    return 'kept';
  }

  /** The shapes (most frequent first) and the counts of what was left out. */
  result(): Pick<ReplayInput, 'shapes' | 'skipped' | 'overflow'> {
    const shapes = [...this.byKey.values()]
      .sort((a, b) => b.count - a.count || a.firstLine - b.firstLine)
      .map(({ seen: _seen, ...entry }) => entry);
    const byKind: Record<string, number> = {};
    let skippedShapes = 0;
    for (const [kind, set] of this.skippedKinds) {
      byKind[kind] = set.size;
      skippedShapes += set.size;
    }
    return { shapes, skipped: { statements: this.skippedStatements, shapes: skippedShapes, byKind }, overflow: this.overflow };
  }
}

/**
 * The statements of a CQL script, each with the keyspace its last `USE` set (statements that do
 * not parse are counted in `unparsable`). cqlsh prompts and banners are blanked first, as the audit does.
 */
export function scriptStatements(text: string): { statements: ReplayStatement[]; unparsable: number } {
  const clean = stripCqlshNoise(text);
  const { statements, errors } = parseScript(clean);
  const out: ReplayStatement[] = [];
  let keyspace: string | undefined;
  for (const st of statements) {
    if (st.kind === 'Use') {
      keyspace = st.keyspace.text;
      continue;
    }
    out.push({ text: clean.slice(st.range.start.offset, st.range.end.offset), keyspace, line: st.range.start.line });
  }
  return { statements: out, unparsable: errors.length };
}

/**
 * Reads a replay input from `path`: a script (`.cql`, `.cqlsh`, `.ddl`, or CQL over several lines
 * as `ksmig audit` recognises it) or a query log (format detected from its first 16 KB unless given).
 */
export async function readReplayInput(path: string, options: ReplayInputOptions = {}): Promise<ReplayInput> {
  const collector = new ReplayInputCollector(options.statementsPerShape ?? DEFAULT_STATEMENTS_PER_SHAPE, options.maxShapes ?? DEFAULT_MAX_SHAPES);
  const requested = options.format ?? 'auto';
  const head = requested === 'auto' ? await readHead(path) : '';
  const script = requested === 'cql' || (requested === 'auto' && (SCRIPT_EXTENSIONS.has(extname(path).toLowerCase()) || looksLikeCqlScript(head)));
  if (script) {
    const decoded = decode(await readFile(path));
    if (typeof decoded !== 'string') throw new Error(`${path}: ${decoded.reason}`);
    const { statements, unparsable } = scriptStatements(decoded);
    for (const statement of statements) collector.add(statement);
    return { format: 'cql', ...collector.result(), unreadable: unparsable };
  }
  const format = requested === 'auto' ? detectFormat(head) : (requested as Exclude<QueryLogFormat, 'auto'>);
  const skipped = new SkippedLines();
  let oversized = 0;
  for await (const record of readers[format](createReadStream(path), skipped, DEFAULT_MAX_STATEMENT_LENGTH)) {
    if (record.oversized !== undefined) {
      oversized++;
      continue;
    }
    collector.add({ text: record.query, keyspace: record.keyspace, values: record.values, line: record.line });
  }
  return { format, ...collector.result(), unreadable: skipped.count + oversized };
}
