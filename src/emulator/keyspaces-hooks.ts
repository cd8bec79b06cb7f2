/**
 * Turns the Keyspaces behaviour's decisions (src/emulator/keyspaces/behaviour.ts) into protocol
 * frames: rejections and throttling become ERRORs, Keyspaces-only DDL is rewritten or answered
 * locally, `system_schema_mcs` is answered from backend rows, and results are shaped (IN-list
 * order, `system_schema.keyspaces` replication as the client asked for it, read capacity settled
 * from the bytes read, DDL state committed on success).
 */
import { createHash } from 'node:crypto';
import type { InternalSessions } from './internal-session.js';
import type { KeyspacesBehaviour, Decision, ParsedTexts } from './keyspaces/behaviour.js';
import type { Rejection, ThrottleError } from './keyspaces/errors.js';
import { reorderRows } from './keyspaces/in-order.js';
import type { Request, RequestHook, ResponseTransform, Verdict } from './pipeline.js';
import * as texts from './texts.js';
import { ErrorCode, Opcode, QueryFlag, ResultKind, RowsFlag } from './protocol/constants.js';
import { openEnvelope, replaceMessage } from './protocol/envelope.js';
import { responseFrame, type Frame } from './protocol/frame.js';
import {
  decodeResult,
  encodeError,
  encodeExecute,
  encodeQuery,
  encodeResult,
  rowsDataSize,
  type ColumnSpec,
  type ErrorMessage,
  type QueryParameters,
  type RowsMetadata,
} from './protocol/messages.js';

export interface KeyspacesHookOptions {
  behaviour: KeyspacesBehaviour;
  /** Backend sessions for the emulator's own queries. */
  internal: InternalSessions;
  /** Registers a statement prepared by the emulator itself (so its EXECUTEs can be resolved). */
  registerPrepared: (id: Buffer, query: string, keyspace: string | undefined, resultMetadata: RowsMetadata) => void;
}

function errorFrame(error: Rejection | ThrottleError): Frame {
  // Timeouts carry their extra fields (consistency, received, blockFor, writeType/dataPresent);
  // encodeError writes the fields its code's body has.
  return responseFrame(0, Opcode.Error, encodeError(error as unknown as ErrorMessage));
}

function rowsFrame(columns: ColumnSpec[], rows: (Buffer | null)[][]): Frame {
  const metadata: RowsMetadata = { flags: 0, columnCount: columns.length, columns };
  return responseFrame(0, Opcode.Result, encodeResult({ kind: 'rows', metadata, rows }));
}

/**
 * Positional values of a request. Named values (NamesForValues) are put in marker order using the
 * marker names from the PREPARE answer; without them (a QUERY with named values) the policy judges
 * the statement without its values.
 */
export function positionalValues(params: QueryParameters, bindNames?: readonly string[]): (Buffer | null)[] | undefined {
  const given = params.values ?? [];
  // Unset values count as null; without any, the decoded list is used as it is (nothing changes it).
  const values = given.includes(undefined) ? given.map((v) => v ?? null) : (given as (Buffer | null)[]);
  if (!(params.flags & QueryFlag.NamesForValues)) return values;
  if (!bindNames || !params.names) return undefined;
  const byName = new Map(params.names.map((name, i) => [name.toLowerCase(), values[i] ?? null]));
  const ordered: (Buffer | null)[] = [];
  for (const name of bindNames) {
    const value = byName.get(name.toLowerCase());
    if (value === undefined) return undefined;
    ordered.push(value);
  }
  return ordered;
}

/** The page size a request asked for, or undefined when it did not ask for paging. */
function requestedPageSize(params: QueryParameters): number | undefined {
  return (params.flags & QueryFlag.PageSize) !== 0 && params.pageSize !== undefined && params.pageSize > 0 ? params.pageSize : undefined;
}

/** Applies `shape` to the message of a RESULT Rows answer; other answers pass unchanged. */
function shapeRows(knownMetadata: RowsMetadata | undefined, shape: (columns: ColumnSpec[], rows: (Buffer | null)[][]) => (Buffer | null)[][]): ResponseTransform {
  return (response) => {
    if (response.opcode !== Opcode.Result) return response;
    const env = openEnvelope(response);
    if (env.message.length < 4 || env.message.readInt32BE(0) !== ResultKind.Rows) return response;
    const result = decodeResult(env.message);
    if (result.kind !== 'rows') return response;
    const columns = result.metadata.columns ?? knownMetadata?.columns;
    if (!columns) return response;
    return replaceMessage(response, env, encodeResult({ kind: 'rows', metadata: result.metadata, rows: shape(columns, result.rows) }));
  };
}

/** Applies transforms in order; a null (dropped answer) stops the chain. */
function chain(transforms: readonly ResponseTransform[]): ResponseTransform {
  return (response) => transforms.reduce<Frame | null>((f, t) => (f ? t(f) : null), response);
}

/** Calls `commit` when the backend answered with a RESULT (not an ERROR). */
function onSuccess(commit: () => void): ResponseTransform {
  return (response) => {
    if (response.opcode === Opcode.Result) commit();
    return response;
  };
}

/** Sums the bytes of the cells of a Rows answer (what Keyspaces bills a read for), and measures its largest row. */
function settleFrom(settle: (bytes: number, largestRowBytes: number) => void): ResponseTransform {
  return (response) => {
    if (response.opcode !== Opcode.Result) return response;
    // Without flags the body is the message (what openEnvelope would return).
    const message = response.flags === 0 ? response.body : openEnvelope(response).message;
    if (message.length < 4 || message.readInt32BE(0) !== ResultKind.Rows) return response;
    const data = rowsDataSize(message);
    settle(data.bytes, data.largestRow);
    return response;
  };
}

/** The Keyspaces behaviour as a request hook. */
export function keyspacesHook(options: KeyspacesHookOptions): RequestHook {
  const { behaviour, internal } = options;

  /** Decisions that need no backend round trip become verdicts synchronously (the common path). */
  const toVerdict = (decision: Decision, request: Request, keyspace: string | undefined): Verdict | undefined | Promise<Verdict | undefined> => {
    switch (decision.action) {
      case 'reject':
        return { action: 'respond', frame: errorFrame(decision.error) };
      case 'schema-change':
        decision.commit();
        return {
          action: 'respond',
          frame: responseFrame(0, Opcode.Result, encodeResult({
            kind: 'schemaChange',
            change: {
              changeType: decision.change.change,
              target: decision.change.target,
              keyspace: decision.change.keyspace,
              ...(decision.change.name !== undefined ? { name: decision.change.name } : {}),
            },
          })),
        };
      case 'mcs':
        return internal.query(decision.query.cql, decision.query.values, keyspace).then((backend) => {
          const answer = decision.answer(backend);
          return { action: 'respond', frame: rowsFrame(answer.columns, answer.rows) };
        });
      case 'probe':
        return internal
          .query(decision.probe.cql, decision.probe.values, keyspace)
          .then((rows) => toVerdict(decision.afterProbe(rows.rows.length), request, keyspace));
      case 'prepare-locally': {
        if (request.opcode !== 'PREPARE') return undefined;
        const id = createHash('md5').update(`${keyspace ?? ''}\u0000${request.query}`).digest();
        const resultMetadata: RowsMetadata = decision.resultColumns
          ? { flags: 0, columnCount: decision.resultColumns.length, columns: decision.resultColumns }
          : { flags: RowsFlag.NoMetadata, columnCount: 0 };
        options.registerPrepared(id, request.query, keyspace, resultMetadata);
        const body = encodeResult({ kind: 'prepared', id, metadata: { flags: 0, pkIndexes: [], columns: decision.bindColumns }, resultMetadata });
        return { action: 'respond', frame: responseFrame(0, Opcode.Result, body) };
      }
      case 'forward': {
        const transforms: ResponseTransform[] = [];
        if (decision.commit) transforms.push(onSuccess(decision.commit));
        if (decision.settleRead) transforms.push(settleFrom(decision.settleRead));
        const known = request.opcode === 'EXECUTE' ? request.statement?.resultMetadata : undefined;
        const rewrite = decision.rewriteRows;
        if (rewrite) transforms.push(shapeRows(known, (columns, rows) => rewrite({ columns, rows })));
        const order = decision.inOrder;
        if (order) {
          transforms.push(
            shapeRows(known, (columns, rows) => {
              const index = columns.findIndex((c) => c.name === order.column);
              return index < 0 ? rows : reorderRows(rows, index, order.values);
            }),
          );
        }
        const verdict: Verdict = { action: 'forward' };
        if (decision.cql !== undefined && (request.opcode === 'QUERY' || request.opcode === 'EXECUTE')) {
          // The backend gets other text (e.g. DDL mapped to what Cassandra accepts), with the client's parameters.
          const params = request.message.params;
          const body = encodeQuery({ query: decision.cql, params: { ...params, flags: params.flags & ~QueryFlag.SkipMetadata } });
          verdict.frame = { version: request.frame.version, response: false, stream: request.frame.stream, opcode: Opcode.Query, flags: 0, body };
        } else if (decision.pageSize !== undefined && (request.opcode === 'QUERY' || request.opcode === 'EXECUTE')) {
          // A smaller page keeps it within Keyspaces' 1 MB; Cassandra's own paging state then resumes right after its last row.
          const params = { ...request.message.params, pageSize: decision.pageSize };
          const body = request.opcode === 'QUERY' ? encodeQuery({ ...request.message, params }) : encodeExecute({ ...request.message, params });
          verdict.frame = { ...request.frame, body };
        }
        if (transforms.length > 0) verdict.onResponse = transforms.length === 1 ? transforms[0] : chain(transforms);
        return verdict;
      }
    }
  };

  const unprepared = (id: Buffer): Verdict => ({
    action: 'respond',
    frame: responseFrame(0, Opcode.Error, encodeError({ code: ErrorCode.Unprepared, message: texts.unprepared(id.toString('hex')), id })),
  });

  /** Judges a request whose long statements, if any, `ahead` holds parsed. */
  const judge = (request: Request, connectionKeyspace: string | undefined, ahead: ParsedTexts | undefined): Verdict | undefined | Promise<Verdict | undefined> => {
    switch (request.opcode) {
      case 'QUERY': {
        const { query, params } = request.message;
        const decision = behaviour.decide(
          {
            cql: query,
            keyspace: connectionKeyspace,
            consistency: params.consistency,
            serialConsistency: params.serialConsistency,
            values: positionalValues(params),
            pageSize: requestedPageSize(params),
          },
          ahead,
        );
        return toVerdict(decision, request, connectionKeyspace);
      }
      case 'EXECUTE': {
        const statement = request.statement;
        // Not prepared through this emulator (it restarted, or another one shares the backend): the
        // client prepares again, so the statement is checked like any other.
        if (!statement) return unprepared(request.message.id);
        const keyspace = statement.keyspace ?? connectionKeyspace;
        const { params } = request.message;
        const decision = behaviour.decide(
          {
            cql: statement.query,
            keyspace,
            consistency: params.consistency,
            serialConsistency: params.serialConsistency,
            values: positionalValues(params, statement.bindNames),
            pageSize: requestedPageSize(params),
          },
          ahead,
        );
        return toVerdict(decision, request, keyspace);
      }
      case 'PREPARE':
        return toVerdict(behaviour.decide({ cql: request.query, keyspace: connectionKeyspace, prepare: true }, ahead), request, connectionKeyspace);
      case 'BATCH': {
        const m = request.message;
        const unknown = m.statements.find((s, i) => s.kind === 'prepared' && request.statements[i] === undefined);
        if (unknown?.kind === 'prepared') return unprepared(unknown.id);
        if (m.statements.length !== request.statements.length || request.statements.some((s) => s === undefined)) return undefined;
        const decision = behaviour.decideBatch(
          {
            batchType: (m.type === 0 || m.type === 1 || m.type === 2 ? m.type : 0) as 0 | 1 | 2,
            keyspace: connectionKeyspace,
            consistency: m.consistency,
            serialConsistency: m.serialConsistency,
            statements: m.statements.map((s, i) => ({ cql: request.statements[i] as string, values: s.names ? undefined : s.values.map((v) => v ?? null) })),
          },
          ahead,
        );
        return toVerdict(decision, request, connectionKeyspace);
      }
      default:
        return undefined;
    }
  };

  return (ctx, request) => {
    // The keyspace the request was sent in, even if a USE on the connection is answered while its statement is parsed.
    const keyspace = ctx.keyspace;
    const ahead = behaviour.parseAhead(statementTexts(request));
    return ahead === undefined ? judge(request, keyspace, undefined) : ahead.then((parsed) => judge(request, keyspace, parsed));
  };
}

/** The statement texts a request carries (an EXECUTE's prepared text; a BATCH's children). */
function statementTexts(request: Request): readonly string[] {
  switch (request.opcode) {
    case 'QUERY':
      return [request.message.query];
    case 'PREPARE':
      return [request.query];
    case 'EXECUTE':
      return request.statement === undefined ? [] : [request.statement.query];
    case 'BATCH':
      return request.statements.filter((s): s is string => s !== undefined);
    default:
      return [];
  }
}
