/**
 * `ksmig verify --queries`: the application's own SELECTs (a .cql file or a query log) replayed on
 * origin and target, each answer compared; a statement the target refuses is shown with the audit
 * finding that explains it.
 */
import { auditSources } from '../audit/audit.js';
import { connectOrigin, type OriginSessionOptions } from '../clusters/origin-session.js';
import { connectTarget, type TargetSessionOptions } from '../clusters/target-session.js';
import { loadRules } from '../rules/load.js';
import type { EventListener } from '../shared/events.js';
import type { QueryShapeResult, VerifyEvent } from '../verify/events.js';
import { replayQueries, type ReplayFinding } from '../verify/query-replay.js';
import { closeQuietly } from './sessions.js';
import { resolve } from 'node:path';

/** What to replay and where. */
export interface QueryVerifyOptions {
  origin: OriginSessionOptions;
  target: TargetSessionOptions;
  /** The .cql file or query log. */
  file: string;
  samplesPerShape: number;
  /** The target keyspace of the (one) origin keyspace, when mapped. */
  targetKeyspace: string | undefined;
  /** Origin keyspaces; the first is the keyspace of unqualified tables when the input does not say. */
  keyspaces: readonly string[];
  concurrency: number;
  cwd: string;
}

/** Replays the file's SELECT shapes on both sides, emitting one `query` event per shape. */
export async function runQueryVerification(options: QueryVerifyOptions, onEvent: EventListener<VerifyEvent>): Promise<QueryShapeResult[]> {
  const encoding = { map: Map, set: Set } as const;
  const origin = await connectOrigin({ ...options.origin, encoding });
  try {
    const target = await connectTarget({ ...options.target, encoding });
    try {
      const rules = loadRules();
      const findingFor = (statement: string): ReplayFinding | undefined => {
        const report = auditSources([{ file: 'statement.cql', text: statement }], { rules, suppressions: false });
        const error = report.findings.find((f) => f.severity === 'error');
        return error === undefined ? undefined : { ruleId: error.ruleId, message: error.message };
      };
      const mapped = options.targetKeyspace;
      const from = options.keyspaces[0];
      const summary = await replayQueries({
        origin: origin.client,
        target: target.client,
        input: resolve(options.cwd, options.file),
        ...(mapped !== undefined && from !== undefined ? { keyspaceMap: (ks: string) => (ks === from ? mapped : ks) } : {}),
        ...(from !== undefined ? { keyspace: from } : {}),
        samplesPerShape: options.samplesPerShape,
        concurrency: Math.max(1, Math.min(8, Math.ceil(options.concurrency / 16))),
        findingFor,
        onResult: (result) => onEvent({ type: 'query', result }),
        onNotReplayed: (shape) => onEvent({ type: 'warning', message: `not replayed: ${shape.shape} (${shape.reason})` }),
      });
      if (summary.skipped.statements > 0) onEvent({ type: 'warning', message: `${summary.skipped.statements} statements of ${options.file} are not SELECTs and were not replayed` });
      return summary.results;
    } finally {
      await closeQuietly(target);
    }
  } finally {
    await closeQuietly(origin);
  }
}
