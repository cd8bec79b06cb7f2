/**
 * `ksmig copy` as a service: connects the origin and the target, resolves the tables of the given
 * keyspaces, checks (or creates) every target table before a row moves, checks the target supports
 * the requested TTL/writetime fidelity, plans the token ranges, opens or resumes the checkpoint,
 * then runs the copier and reports through typed events. The caller renders the events and maps
 * the result to an exit code.
 */
import { join, resolve } from 'node:path';
import cassandra from 'cassandra-driver';
import { connectOrigin, type OriginSession, type OriginSessionOptions } from '../clusters/origin-session.js';
import { connectTarget, type TargetSession, type TargetSessionOptions } from '../clusters/target-session.js';
import { renameKeyspace } from '../convert/rename-keyspace.js';
import { convertSchema } from '../convert/target-schema.js';
import type { Statement } from '../cql/ast/nodes.js';
import { parseScript } from '../cql/parse.js';
import { writeUnits } from '../keyspaces/metering.js';
import { loadRules } from '../rules/load.js';
import { rangeQuery } from '../scan/range-scan.js';
import { readRing } from '../scan/ring.js';
import { readSizeEstimates, type SizeEstimates } from '../scan/size-estimates.js';
import { readTableShape, type TableShape } from '../scan/table-shape.js';
import { parseToken } from '../scan/tokens.js';
import { IncompatibleTypesError } from '../scan/values.js';
import { Checkpoint, type CheckpointData } from '../copy/checkpoint.js';
import { Copier, type CopyJob, type CopyOutcome, type ErrorThreshold } from '../copy/copier.js';
import type { CopyControl, CopyEvent, PlannedTable } from '../copy/events.js';
import { planFingerprint } from '../copy/plan.js';
import { planTableRanges, shardIndexes, type Shard } from '../scan/plan.js';
import { WriteRateLimiter } from '../copy/rate-limiter.js';
import { RejectsFile } from '../copy/rejects.js';
import { MissingColumnError, RowWriter } from '../copy/row-writer.js';
import { readLiveSchema } from '../sources/live-schema.js';
import { KsmigError, usageError } from '../shared/errors.js';
import type { EventListener } from '../shared/events.js';
import { VERSION } from '../shared/version.js';
import { applySchema } from './schema-apply.js';
import { resolveTables } from './tables.js';

/** Everything `ksmig copy` was asked to do, resolved from flags and config. */
export interface CopyOptions {
  origin: OriginSessionOptions;
  target: TargetSessionOptions;
  /** Origin keyspaces; every table of each unless `tables` narrows it. */
  keyspaces: readonly string[];
  /** `table` or `keyspace.table`. */
  tables: readonly string[];
  targetKeyspace: string | undefined;
  /** Write units per second for the whole job; this process gets `rate / shards`. */
  rate: number | undefined;
  concurrency: number;
  splits: number | undefined;
  fetchSize: number;
  /** Checkpoint file; default under `.ksmig/` in `cwd`. */
  checkpoint: string | undefined;
  resume: boolean;
  maxErrors: ErrorThreshold | undefined;
  /** Rejects file; default beside the checkpoint. */
  rejects: string | undefined;
  preserveTtl: boolean;
  preserveWritetime: boolean;
  createTables: boolean;
  shard: Shard | undefined;
  dryRun: boolean;
  maxUnavailableSeconds: number;
  cwd: string;
}

/** What the copy did. */
export interface CopyResult {
  interrupted: boolean;
  dryRun: boolean;
  rejected: number;
  checkpoint: string;
  rejects: string;
  tables: CopyOutcome['tables'];
}

/** Values as copy reads them: maps as `Map`, sets as `Set`, so no key or element changes type. */
const ENCODING = { map: Map, set: Set } as const;

/**
 * Runs the copy. `onControl` receives the live controls (pause, rate, stop) once rows are about to
 * move. Usage problems (a missing table, an impossible fidelity, a checkpoint of another plan) are
 * `KsmigError`s of kind `usage` before any row moves; an unreachable cluster is a connection error.
 */
export async function runCopyWorkflow(options: CopyOptions, onEvent: EventListener<CopyEvent>, onControl: (control: CopyControl) => void = () => undefined): Promise<CopyResult> {
  if (options.keyspaces.length === 0) throw usageError('copy needs at least one keyspace: --keyspace ks[,ks2…]');
  if (options.targetKeyspace !== undefined && options.keyspaces.length > 1) throw usageError('--target-keyspace maps one keyspace; give exactly one --keyspace with it');
  const label = `copy-${options.keyspaces.join('+')}${options.shard ? `-shard-${options.shard.index}-of-${options.shard.count}` : ''}`;
  const checkpointPath = resolve(options.cwd, options.checkpoint ?? join('.ksmig', `${label}.json`));
  const rejectsPath = resolve(options.cwd, options.rejects ?? checkpointPath.replace(/(\.json)?$/, '-rejects.jsonl'));

  let origin: OriginSession | undefined;
  let target: TargetSession | undefined;
  let rejects: RejectsFile | undefined;
  try {
    origin = await connectOrigin({ ...options.origin, encoding: ENCODING, reconnectDelayMs: 1000 });
    target = await connectTarget({ ...options.target, encoding: ENCODING, reconnectDelayMs: 1000 });
    onEvent({ type: 'connected', origin: origin.endpoints.map((e) => `${e.host}:${e.port}`).join(','), target: target.label, targetKind: target.kind });

    const tables = await resolveTables(origin.client, options.keyspaces, options.tables);
    const targetKeyspaceOf = (ks: string): string => options.targetKeyspace ?? ks;
    const ring = await readRing(origin.client);
    if (ring.partitioner === undefined) {
      throw usageError(`the origin uses ${ring.partitionerClass}; copy scans token ranges of Murmur3Partitioner and RandomPartitioner clusters only`);
    }
    const partitioner = ring.partitioner;

    const identity = planFingerprint({
      tables: tables.map((t) => ({ table: id(t), target: `${targetKeyspaceOf(t.keyspace)}.${t.name}` })),
      preserveTtl: options.preserveTtl,
      preserveWritetime: options.preserveWritetime,
      shard: options.shard,
      partitioner: ring.partitionerClass,
    });

    // The checkpoint: resume the plan it holds, or start a new one.
    const existing = await Checkpoint.read(checkpointPath);
    let data: CheckpointData | undefined;
    let resumed = false;
    if (existing !== undefined && !options.resume && !options.dryRun) {
      throw usageError(`a checkpoint of an earlier copy exists at ${checkpointPath}`, 'pass --resume to continue it, or remove the file (or choose another --checkpoint) to copy from the start');
    }
    if (existing !== undefined && options.resume) {
      if (existing.fingerprint !== identity.fingerprint) {
        throw usageError(`the checkpoint ${checkpointPath} is for another copy (${existing.describes}); this one is ${identity.describes}`, 'run with the same keyspaces, tables, --target-keyspace, fidelity and --shard as the copy that wrote it, or choose another --checkpoint');
      }
      data = existing;
      resumed = true;
    }

    let targets = await readTargets(target.client, tables, targetKeyspaceOf);
    const missing = tables.filter((t) => targets.get(id(t)) === undefined);
    if (missing.length > 0) {
      const names = missing.map((t) => `${targetKeyspaceOf(t.keyspace)}.${t.name}`);
      if (!options.createTables) {
        throw usageError(`the target has no table ${names.join(', ')}; nothing was copied`, 'pass --create-tables to create them from the converted schema, or create them with ksmig audit --origin … --emit-target-schema and ksmig schema apply');
      }
      if (options.dryRun) {
        onEvent({ type: 'warning', message: `would create ${names.join(', ')} (dry run: nothing created)` });
      } else {
        onEvent({ type: 'creating-tables', tables: names });
        await createTables(origin.client, target, missing, options, onEvent);
        targets = await readTargets(target.client, tables, targetKeyspaceOf);
      }
    }

    const features = target.kind === 'keyspaces' ? await readTargetFeatures(target.client, tables, targetKeyspaceOf) : undefined;

    // Writers (they check column types), plans and estimates per table.
    const prepared: Array<{ shape: TableShape; targetShape: TableShape | undefined; writer: RowWriter | undefined; estimates: SizeEstimates | undefined }> = [];
    for (const shape of tables) {
      const targetShape = targets.get(id(shape));
      const feature = features?.get(id(shape)) ?? { ttl: true, clientTimestamps: true };
      if (targetShape !== undefined && !shape.counter) {
        if (options.preserveTtl && !feature.ttl) {
          throw usageError(`--preserve-ttl: the target table ${targetShape.keyspace}.${targetShape.name} does not have TTL enabled; nothing was copied`, `ALTER TABLE ${targetShape.keyspace}.${targetShape.name} WITH CUSTOM_PROPERTIES = {'ttl': {'status': 'enabled'}} (irreversible), then copy again`);
        }
        if (options.preserveWritetime && !feature.clientTimestamps) {
          throw usageError(
            `--preserve-writetime: the target table ${targetShape.keyspace}.${targetShape.name} does not have client-side timestamps; nothing was copied`,
            `ALTER TABLE ${targetShape.keyspace}.${targetShape.name} WITH CUSTOM_PROPERTIES = {'client_side_timestamps': {'status': 'enabled'}} (irreversible), then copy again`,
          );
        }
      }
      let writer: RowWriter | undefined;
      if (targetShape !== undefined) {
        try {
          writer = new RowWriter(shape, targetShape, {
            preserveTtl: options.preserveTtl,
            preserveWritetime: options.preserveWritetime,
            keyspacesLimits: target.kind === 'keyspaces',
            targetTtl: feature.ttl,
            targetClientTimestamps: feature.clientTimestamps,
            now: Date.now,
            protocolVersion: cassandra.types.protocolVersion.v4,
            encoding: ENCODING,
          });
        } catch (error) {
          if (error instanceof MissingColumnError || error instanceof IncompatibleTypesError) {
            throw usageError(`${shape.keyspace}.${shape.name} → ${targetShape.keyspace}.${targetShape.name}: ${error.message}; nothing was copied`, 'make the target table match the converted schema (ksmig audit --origin … --emit-target-schema)');
          }
          throw error;
        }
      }
      const estimates = await readSizeEstimates(origin.client, shape.keyspace, shape.name);
      prepared.push({ shape, targetShape, writer, estimates: estimates.partitions > 0 ? estimates : undefined });
    }

    if (data === undefined) {
      if (options.resume) onEvent({ type: 'warning', message: `no checkpoint at ${checkpointPath}: starting from the beginning` });
      const now = new Date().toISOString();
      data = { version: 1, fingerprint: identity.fingerprint, describes: identity.describes, partitioner: ring.partitionerClass, createdAt: now, updatedAt: now, tables: {} };
      for (const p of prepared) {
        const ranges = planTableRanges(ring.tokens, partitioner, { splits: options.splits, estimates: p.estimates, sharded: options.shard !== undefined });
        data.tables[id(p.shape)] = {
          target: `${targetKeyspaceOf(p.shape.keyspace)}.${p.shape.name}`,
          ranges: ranges.map((r) => [r.start.toString(), r.end.toString()]),
          done: [],
          splits: {},
          started: [],
          rows: { read: 0, written: 0, rejected: 0 },
        };
      }
    }

    const shares = options.shard?.count ?? 1;
    const rate = options.rate === undefined ? undefined : options.rate / shares;
    const jobs: CopyJob[] = [];
    const planned: PlannedTable[] = [];
    let estimatedUnits = 0;
    let unitsKnown = true;
    for (const p of prepared) {
      const saved = data.tables[id(p.shape)];
      if (saved === undefined || p.writer === undefined) continue;
      const indexes = shardIndexes(saved.ranges.length, options.shard);
      const ranges = indexes.map((i) => {
        const [start, end] = saved.ranges[i] as [string, string];
        return { id: String(i), range: { start: parseToken(start), end: parseToken(end) } };
      });
      const share = saved.ranges.length === 0 ? 0 : indexes.length / saved.ranges.length;
      const estimatedRows = p.estimates === undefined ? undefined : Math.round(p.estimates.partitions * share);
      const estimatedBytes = p.estimates === undefined ? undefined : Math.round(p.estimates.bytes * share);
      const meanRow = p.estimates !== undefined && p.estimates.partitions > 0 ? p.estimates.bytes / p.estimates.partitions : undefined;
      const estimatedWriteUnits = estimatedRows === undefined || meanRow === undefined ? undefined : estimatedRows * writeUnits(meanRow);
      if (estimatedWriteUnits === undefined) unitsKnown = false;
      else estimatedUnits += estimatedWriteUnits;
      jobs.push({ table: id(p.shape), writer: p.writer, query: rangeQuery(p.shape, p.writer.selectList), ranges, estimatedRows });
      planned.push({
        table: id(p.shape),
        target: saved.target,
        ranges: ranges.length,
        finishedRanges: ranges.filter((r) => saved.done.includes(r.id)).length,
        estimatedRows,
        estimatedBytes,
        estimatedWriteUnits,
        fidelity: p.writer.fidelity,
        conversions: p.writer.conversions,
      });
      if (resumed && p.writer.fidelity === 'counter' && saved.started.length > 0) {
        onEvent({
          type: 'warning',
          message: `${id(p.shape)} is a counter table and ${saved.started.length} of its ranges were being copied when the last run stopped; their counters are copied again as increments and may count twice (ranges ${saved.started.slice(0, 10).join(', ')}${saved.started.length > 10 ? ', …' : ''})`,
        });
      }
    }
    onEvent({
      type: 'plan',
      tables: planned,
      shard: options.shard === undefined ? undefined : `${options.shard.index}/${options.shard.count}`,
      rate,
      estimatedSeconds: rate !== undefined && unitsKnown ? estimatedUnits / rate : undefined,
      partitioner: ring.partitionerClass.slice(ring.partitionerClass.lastIndexOf('.') + 1),
      concurrency: options.concurrency,
      checkpoint: options.dryRun ? undefined : checkpointPath,
      resumed,
      dryRun: options.dryRun,
    });
    if (options.dryRun) return { interrupted: false, dryRun: true, rejected: 0, checkpoint: checkpointPath, rejects: rejectsPath, tables: [] };

    const checkpoint = resumed ? Checkpoint.resume(checkpointPath, data) : await Checkpoint.create(checkpointPath, data);
    rejects = await RejectsFile.open(rejectsPath);
    const limiter = new WriteRateLimiter(rate, Date.now, undefined, (limit, reason) => onEvent({ type: 'rate', limit, reason }));
    const copier = new Copier({
      origin: origin.client,
      target: target.client,
      partitioner,
      jobs,
      checkpoint,
      limiter,
      rejects,
      concurrency: options.concurrency,
      fetchSize: options.fetchSize,
      maxErrors: options.maxErrors,
      maxUnavailableMs: options.maxUnavailableSeconds * 1000,
      readConsistency: cassandra.types.consistencies.localQuorum,
      emit: onEvent,
    });
    onControl(copier);
    const outcome = await copier.run();
    for (const t of outcome.tables) {
      if (t.clampedCells > 0) {
        onEvent({ type: 'warning', message: `${t.table}: ${t.clampedCells} cells had writetimes outside Keyspaces' window (2 days back, 5 minutes ahead) and were written at its edge` });
      }
    }
    onEvent({ type: 'summary', tables: outcome.tables.map((t) => ({ table: t.table, read: t.read, written: t.written, rejected: t.rejected, seconds: Math.round(t.seconds * 1000) / 1000 })) });
    return { interrupted: outcome.interrupted, dryRun: false, rejected: outcome.tables.reduce((a, t) => a + t.rejected, 0), checkpoint: checkpointPath, rejects: rejectsPath, tables: outcome.tables };
  } finally {
    await rejects?.close().catch(() => undefined);
    await closeQuietly(target);
    await closeQuietly(origin);
  }
}

/** Shuts a session down, waiting at most a few seconds (a node that is just going away must not keep ksmig running). */
export async function closeQuietly(session: { shutdown(): Promise<void> } | undefined): Promise<void> {
  if (session === undefined) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([session.shutdown().catch(() => undefined), new Promise<void>((resolve) => (timer = setTimeout(resolve, 5000)))]);
  clearTimeout(timer);
}

const id = (t: { keyspace: string; name: string }): string => `${t.keyspace}.${t.name}`;

/** The target's table for each origin table (undefined when it does not exist). */
async function readTargets(client: cassandra.Client, tables: readonly TableShape[], keyspaceOf: (ks: string) => string): Promise<Map<string, TableShape | undefined>> {
  const out = new Map<string, TableShape | undefined>();
  for (const t of tables) {
    await client.metadata.refreshKeyspace(keyspaceOf(t.keyspace)).catch(() => undefined);
    out.set(id(t), await readTableShape(client, keyspaceOf(t.keyspace), t.name).catch(() => undefined));
  }
  return out;
}

/** TTL and client-side timestamps of each target table (Keyspaces: `system_schema_mcs.tables`). */
async function readTargetFeatures(client: cassandra.Client, tables: readonly TableShape[], keyspaceOf: (ks: string) => string): Promise<Map<string, { ttl: boolean; clientTimestamps: boolean }>> {
  const out = new Map<string, { ttl: boolean; clientTimestamps: boolean }>();
  for (const t of tables) {
    const rs = await client.execute('SELECT custom_properties, default_time_to_live FROM system_schema_mcs.tables WHERE keyspace_name = ? AND table_name = ?', [keyspaceOf(t.keyspace), t.name], { prepare: false });
    const row = rs.first();
    const props = (row?.get('custom_properties') ?? {}) as Record<string, Record<string, string> | Map<string, string>> | Map<string, Map<string, string>>;
    const status = (key: string): string | undefined => {
      const entry = props instanceof Map ? props.get(key) : props[key];
      const value = entry instanceof Map ? entry.get('status') : entry?.['status'];
      return value?.toLowerCase();
    };
    out.set(id(t), { ttl: status('ttl') === 'enabled' || Number(row?.get('default_time_to_live') ?? 0) > 0, clientTimestamps: status('client_side_timestamps') === 'enabled' });
  }
  return out;
}

/** Creates the missing target tables from the origin's schema as the converter rewrites it for Keyspaces, and waits until they are ACTIVE. */
async function createTables(origin: cassandra.Client, target: TargetSession, missing: readonly TableShape[], options: CopyOptions, onEvent: EventListener<CopyEvent>): Promise<void> {
  const live = await readLiveSchema(origin, 'origin');
  const wantedKeyspaces = new Set(missing.map((t) => t.keyspace));
  let statements: Statement[] = [];
  for (const source of live.sources) {
    const keyspace = source.file.slice(source.file.lastIndexOf('/') + 1);
    if (!wantedKeyspaces.has(keyspace)) continue;
    for (const st of parseScript(source.text).statements) statements.push(st);
  }
  if (options.targetKeyspace !== undefined) statements = renameKeyspace(statements, options.keyspaces[0] as string, options.targetKeyspace);
  const keyspaceOf = (ks: string): string => options.targetKeyspace ?? ks;
  const features = new Set(missing.map((t) => `${keyspaceOf(t.keyspace)}.${t.name}`));
  const converted = convertSchema(statements, {
    rules: loadRules(),
    regions: options.target.region === undefined ? [] : [options.target.region],
    ...(options.preserveTtl ? { ttlTables: features } : {}),
    ...(options.preserveWritetime ? { timestampTables: features } : {}),
    version: VERSION,
  });
  const wantedTables = new Set(missing.map((t) => `${keyspaceOf(t.keyspace)}.${t.name}`));
  const ddl = parseScript(converted.text).statements.filter((st) => {
    if (st.kind === 'CreateKeyspace') return target.kind === 'keyspaces';
    if (st.kind === 'CreateType') return true;
    if (st.kind === 'CreateTable') return wantedTables.has(`${st.name.keyspace?.text ?? ''}.${st.name.name.text}`);
    return false;
  });
  const result = await applySchema(target.client as unknown as Parameters<typeof applySchema>[0], ddl, {
    waitActive: target.kind === 'keyspaces',
    pollMs: 500,
    onEvent: (e) => {
      if (e.type === 'active' && e.object.startsWith('table ')) onEvent({ type: 'table-active', table: e.object.slice(6), waitedMs: e.waitedMs });
    },
  });
  const failed = result.failed.filter((f) => !/already exists/i.test(f.error));
  if (failed.length > 0 || result.timedOut.length > 0) {
    const first = failed[0];
    throw new KsmigError('aborted', 'KSMIG_COPY_CREATE', first ? `could not create ${first.object}: ${first.error}` : `${result.timedOut.map((t) => t.object).join(', ')} did not become ACTIVE in time`, {
      tryMessage: 'create the tables with ksmig schema apply and copy again without --create-tables',
    });
  }
}
