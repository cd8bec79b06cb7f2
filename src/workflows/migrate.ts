/**
 * The interactive migration (`ksmig`, `ksmig migrate`) as a service the Ink flow drives step by
 * step: connect to the origin → audit its live schema (and a query log) → review the Keyspaces
 * schema → apply it on the target → copy the chosen tables → verify data and queries → write the
 * final report. Where the flow stands is kept in a state file (never a secret in it), so Ctrl-C at
 * any step and `ksmig migrate --resume` continues there; a copy resumes from its own checkpoint.
 * Non-secret answers (hosts, data center, user names, Region, CA paths) are also remembered in the
 * config file, so the next run's forms start filled in.
 */
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { OriginSessionOptions } from '../clusters/origin-session.js';
import { connectOrigin } from '../clusters/origin-session.js';
import { connectTarget, type TargetAuth, type TargetSessionOptions } from '../clusters/target-session.js';
import { KEYSPACES_NAME } from '../catalog/catalog.js';
import type { CapacityMode } from '../convert/target-schema.js';
import { renameKeyspace } from '../convert/rename-keyspace.js';
import type { CopyControl, CopyEvent } from '../copy/events.js';
import { parseScript } from '../cql/parse.js';
import { bundledPrices } from '../estimate/prices.js';
import type { RateBasis } from '../estimate/report.js';
import { KsmigError, usageError } from '../shared/errors.js';
import type { EventListener } from '../shared/events.js';
import type { QueryShapeResult, VerifyEvent } from '../verify/events.js';
import { runAuditWorkflow, type AuditOutcome } from './audit.js';
import { runCopyWorkflow, type CopyResult } from './copy.js';
import { closeQuietly, FULL_CHECK, JOB_DEFAULTS, PLAIN_COPY } from './sessions.js';
import { runEstimateWorkflow } from './estimate.js';
import { auditPart, writeMigrationReport, type MigrationReport } from './migration-report.js';
import { runQueryVerification } from './query-verify.js';
import { applySchema, type ApplyEvent, type ApplyResult } from './schema-apply.js';
import { reviewSchema, type SchemaReview } from './schema-review.js';
import { runVerifyWorkflow, type VerifyControl, type VerifyResult } from './verify.js';
import { appendAll } from '../shared/arrays.js';

/** The steps of the flow, in order. */
export const MIGRATION_STEPS = ['connect', 'audit', 'schema', 'apply', 'copy', 'verify', 'report', 'done'] as const;
export type MigrationStep = (typeof MIGRATION_STEPS)[number];

/** The origin as the form asks for it (no password: that is typed each time and never stored). */
export interface OriginAnswers {
  contactPoints: string[];
  localDataCenter?: string | undefined;
  username?: string | undefined;
  ca?: string | undefined;
  insecure?: boolean | undefined;
}

/** The target as the form asks for it (no password or secret key). */
export interface TargetAnswers {
  region: string;
  endpoint?: string | undefined;
  port?: number | undefined;
  auth: TargetAuth;
  username?: string | undefined;
  profile?: string | undefined;
  ca?: string | undefined;
  insecure?: boolean | undefined;
}

/** Where the flow stands: everything needed to continue, and nothing secret. */
export interface MigrationState {
  version: 1;
  step: MigrationStep;
  origin?: OriginAnswers | undefined;
  queryLog?: string | undefined;
  keyspaces: string[];
  regions: string[];
  capacity?: CapacityMode | undefined;
  target?: TargetAnswers | undefined;
  /** The keyspace the (one) audited origin keyspace becomes on the target; absent: the same name. */
  targetKeyspace?: string | undefined;
  tables: string[];
  /** Write capacity units per second for the copy; absent: unlimited. */
  rate?: number | undefined;
  /** The copy has started: its checkpoint belongs to this migration and is resumed. */
  copyStarted?: boolean | undefined;
  /** The copy's checkpoint (in the state directory). */
  checkpoint: string;
  report: MigrationReport;
}

/** Secrets for this run only. */
export interface MigrationSecrets {
  originPassword?: string | undefined;
  targetPassword?: string | undefined;
}

/** Non-secret answers of an earlier run, from the config file, to fill the forms in with. */
export interface RememberedAnswers {
  origin?: Partial<OriginAnswers> | undefined;
  target?: Partial<TargetAnswers> | undefined;
}

/**
 * What the target costs a month, as far as the flow knows: storage from the origin's table sizes,
 * requests when the query log has timestamps, and the price of provisioned capacity.
 */
export interface CostEstimate {
  /** The Region whose prices apply (the first Region chosen). */
  region: string;
  /** Every Region the keyspace is replicated to (storage and writes are billed in each). */
  regions: number;
  currency: string;
  /** Storage, all Regions. */
  storage: number;
  /** Request costs of the workload (absent without a timestamped query log: the rates would be invented). */
  requests?: { onDemand: number; provisioned: number; recommendation: 'on-demand' | 'provisioned' } | undefined;
  basis: RateBasis;
  /** Prices of one provisioned capacity unit for an hour. */
  capacityUnitHour: { read: number; write: number };
  hoursPerMonth: number;
  /** Tables the capacity mode applies to. */
  tables: number;
}

/** What provisioned capacity of `read`:`write` units on every table costs a month, in every Region. */
export function provisionedCapacityCost(estimate: CostEstimate, read: number, write: number): number {
  return (read * estimate.capacityUnitHour.read + write * estimate.capacityUnitHour.write) * estimate.hoursPerMonth * estimate.tables * estimate.regions;
}

/** Files of a migration's directory that belong to one migration (moved aside when a new one starts). */
const MIGRATION_FILES = ['state.json', 'copy-checkpoint.json', 'copy-rejects.jsonl', 'keyspaces-schema.cql', 'migration-report.md', 'migration-report.json'];

/** A connection test's outcome, for the form. */
export type ConnectionCheck = { ok: true; detail: string } | { ok: false; message: string; hint: string | undefined };

/** One migration: its state file, and the services of each step. */
export class MigrationSession {
  private constructor(
    readonly dir: string,
    readonly state: MigrationState,
    readonly configFile: string,
    private secrets: MigrationSecrets,
    /** Where the files of an earlier migration in `dir` were moved when this one started. */
    readonly archived: string | undefined = undefined,
  ) {}

  /** The last write of the state file (writes are chained). */
  private saving: Promise<void> = Promise.resolve();

  /**
   * Starts a new migration in `dir` (default `.ksmig/migrate` under the working directory), or
   * resumes the one there. Starting a new one where another was kept moves that one's files to
   * `dir/previous-<time>/` first: nothing is overwritten.
   */
  static async open(options: { cwd: string; dir?: string | undefined; resume: boolean; configFile?: string | undefined }): Promise<MigrationSession> {
    const dir = resolve(options.cwd, options.dir ?? join('.ksmig', 'migrate'));
    const configFile = options.configFile ?? resolve(options.cwd, 'ksmig.config.yaml');
    const file = join(dir, 'state.json');
    let state: MigrationState | undefined;
    let archived: string | undefined;
    if (!options.resume) archived = await archiveEarlier(dir);
    if (options.resume) {
      const text = await readFile(file, 'utf8').catch(() => undefined);
      if (text === undefined) throw new KsmigError('usage', 'KSMIG_MIGRATE_NO_STATE', `nothing to resume: ${file} does not exist`, { tryMessage: 'run ksmig migrate without --resume to start' });
      state = JSON.parse(text) as MigrationState;
      if (state.version !== 1 || !MIGRATION_STEPS.includes(state.step)) throw new KsmigError('usage', 'KSMIG_MIGRATE_STATE', `${file} is not a ksmig migration state (version 1)`);
    }
    state ??= { version: 1, step: 'connect', keyspaces: [], regions: [], tables: [], checkpoint: join(dir, 'copy-checkpoint.json'), report: { version: 1, generatedAt: new Date().toISOString() } };
    return new MigrationSession(dir, state, configFile, {}, archived);
  }

  /** The non-secret answers an earlier run remembered in the config file (nothing when it has none or cannot be read). */
  async remembered(): Promise<RememberedAnswers> {
    const text = await readFile(this.configFile, 'utf8').catch(() => undefined);
    if (text === undefined) return {};
    let data: unknown;
    try {
      data = parseYaml(text);
    } catch {
      return {};
    }
    const obj = (v: unknown): Record<string, unknown> | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
    const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
    const root = obj(data) ?? {};
    const o = obj(root['origin']);
    const t = obj(root['target']);
    const points = o?.['contactPoints'];
    const auth = str(t?.['auth']);
    return {
      ...(o !== undefined
        ? {
            origin: {
              contactPoints: Array.isArray(points) ? points.map(String) : typeof points === 'string' ? points.split(',').map((p) => p.trim()).filter((p) => p !== '') : undefined,
              localDataCenter: str(o['localDataCenter']),
              username: str(o['username']),
              ca: str(obj(o['tls'])?.['ca']),
              insecure: obj(o['tls'])?.['insecure'] === true ? true : undefined,
            },
          }
        : {}),
      ...(t !== undefined
        ? {
            target: {
              region: str(t['region']),
              endpoint: str(t['endpoint']),
              port: typeof t['port'] === 'number' ? t['port'] : undefined,
              auth: auth === 'password' || auth === 'service-specific' ? 'service-specific' : auth === 'none' ? 'none' : auth === 'sigv4' ? 'sigv4' : undefined,
              username: str(t['username']),
              profile: str(t['profile']),
              ca: str(t['ca']),
              insecure: t['insecure'] === true ? true : undefined,
            },
          }
        : {}),
    };
  }

  /** Remembers this run's passwords (never written anywhere). */
  setSecrets(secrets: MigrationSecrets): void {
    this.secrets = { ...this.secrets, ...secrets };
  }

  /** Moves the flow to `step` and saves it. */
  async advance(step: MigrationStep): Promise<void> {
    this.state.step = step;
    await this.save();
  }

  /** Writes the state file (temp + rename), one write at a time: saves asked for together land in order. */
  save(): Promise<void> {
    const write = async (): Promise<void> => {
      await mkdir(this.dir, { recursive: true });
      const file = join(this.dir, 'state.json');
      await writeFile(`${file}.tmp`, `${JSON.stringify(this.state, null, 2)}\n`, { mode: 0o600 });
      await rename(`${file}.tmp`, file);
    };
    const next = this.saving.then(write, write);
    this.saving = next.catch(() => undefined);
    return next;
  }

  /** Connects to the origin with `answers`, lists its keyspaces, and on success keeps the answers (state and config file). */
  async checkOrigin(answers: OriginAnswers): Promise<ConnectionCheck & { keyspaces?: string[] }> {
    try {
      const session = await connectOrigin(this.originOptions(answers));
      try {
        const rs = await session.client.execute('SELECT keyspace_name FROM system_schema.keyspaces', [], { prepare: false });
        const keyspaces = rs.rows.map((r) => String(r.get('keyspace_name'))).filter((k) => !k.startsWith('system')).sort();
        this.state.origin = answers;
        await this.save();
        await this.remember({
          origin: {
            contactPoints: answers.contactPoints,
            localDataCenter: answers.localDataCenter ?? session.localDataCenter,
            username: answers.username,
            ...(answers.ca !== undefined || answers.insecure ? { tls: { ...(answers.ca !== undefined ? { ca: answers.ca } : {}), ...(answers.insecure ? { insecure: true } : {}) } } : {}),
          },
        });
        return { ok: true, detail: `data center ${session.localDataCenter}, ${keyspaces.length} keyspaces`, keyspaces };
      } finally {
        await session.shutdown();
      }
    } catch (error) {
      return failed(error);
    }
  }

  /** Connects to the target with `answers`; on success keeps them. */
  async checkTarget(answers: TargetAnswers): Promise<ConnectionCheck> {
    try {
      const session = await connectTarget(this.targetOptions(answers));
      try {
        this.state.target = answers;
        await this.remember({
          target: { region: answers.region, endpoint: answers.endpoint, port: answers.port, auth: answers.auth === 'service-specific' ? 'password' : answers.auth, username: answers.username, profile: answers.profile, ca: answers.ca, ...(answers.insecure ? { insecure: true } : {}) },
        });
        await this.save();
        return { ok: true, detail: `${session.kind === 'keyspaces' ? 'Amazon Keyspaces' : 'Cassandra'} at ${session.label}` };
      } finally {
        await session.shutdown();
      }
    } catch (error) {
      return failed(error);
    }
  }

  /** Audits the origin's live schema (and the query log, when given) and converts it for the chosen Regions and capacity. */
  async audit(options: { keyspaces: string[]; queryLog?: string | undefined; regions: string[]; capacity?: CapacityMode | undefined; cwd: string }): Promise<AuditOutcome> {
    const origin = this.requireOrigin();
    this.state.keyspaces = options.keyspaces;
    // Kept absolute: the verify step replays it, and a resumed run may start elsewhere.
    this.state.queryLog = options.queryLog !== undefined && options.queryLog.trim() !== '' ? resolve(options.cwd, options.queryLog.trim()) : undefined;
    this.state.regions = options.regions;
    this.state.capacity = options.capacity;
    if (options.keyspaces.length !== 1) this.state.targetKeyspace = undefined;
    const outcome = await runAuditWorkflow({
      cwd: options.cwd,
      paths: [],
      queryLogs: this.state.queryLog !== undefined ? [this.state.queryLog] : [],
      queryLogFormat: 'auto',
      origin: this.originOptions(origin),
      originKeyspaces: options.keyspaces,
      baseDir: options.cwd,
      selection: {},
      showLiterals: false,
      targetSchema: { regions: options.regions, capacity: options.capacity },
    });
    this.state.report.audit = auditPart(outcome.report);
    const converted = outcome.targetSchema;
    if (converted) this.state.report.schema = { keyspaces: converted.keyspaces, tables: converted.tables, types: converted.types, omitted: converted.omitted, applied: 0, failed: 0 };
    if (converted) await writeFile(join(this.dir, 'keyspaces-schema.cql'), converted.text);
    await this.save();
    return outcome;
  }

  /** The converted schema written by {@link audit}. */
  async convertedSchema(): Promise<string> {
    return readFile(join(this.dir, 'keyspaces-schema.cql'), 'utf8');
  }

  /**
   * Names the keyspace the audited origin keyspace becomes on the target (`undefined` or the
   * origin's own name: the same). Only one keyspace can be mapped; the name must be one Keyspaces
   * accepts. Usage errors (exit 2) say why otherwise.
   */
  async chooseTargetKeyspace(name: string | undefined): Promise<void> {
    const wanted = name?.trim() === '' ? undefined : name?.trim();
    const from = this.state.keyspaces[0];
    if (wanted === undefined || wanted === from) {
      this.state.targetKeyspace = undefined;
    } else {
      if (this.state.keyspaces.length !== 1 || from === undefined) throw usageError('only one keyspace can be copied into a keyspace of another name', 'audit one keyspace to map it');
      if (!KEYSPACES_NAME.test(wanted)) throw usageError(`${wanted} is not a keyspace name Keyspaces accepts`, 'use letters, digits and underscores, at most 48, starting with a letter or digit');
      this.state.targetKeyspace = wanted;
    }
    await this.save();
  }

  /** The origin's schema beside the Keyspaces schema of `outcome`, object by object (with the keyspace mapping). */
  reviewSchema(outcome: Pick<AuditOutcome, 'sources' | 'targetSchema'>): SchemaReview {
    const from = this.state.keyspaces[0];
    const to = this.state.targetKeyspace;
    return reviewSchema(outcome, from !== undefined && to !== undefined ? { from, to } : undefined);
  }

  /**
   * What the Keyspaces schema costs a month in the chosen Regions: storage from the origin's
   * sizes, requests from the query log (when it has timestamps), and the unit price of
   * provisioned capacity. Fails like `ksmig estimate` (a Region without prices is a usage error).
   */
  async estimate(regions: readonly string[], tables: number): Promise<CostEstimate> {
    const origin = this.requireOrigin();
    const region = regions[0] ?? this.state.target?.region ?? 'us-east-1';
    const outcome = await runEstimateWorkflow({
      cwd: this.dir,
      paths: [],
      queryLogs: this.state.queryLog !== undefined ? [this.state.queryLog] : [],
      queryLogFormat: 'auto',
      origin: this.originOptions(origin),
      keyspaces: this.state.keyspaces,
      sampleRows: 200,
      rows: {},
      rowBytes: {},
      reads: {},
      writes: {},
      region,
      replicaRegions: regions.slice(1),
      targetUtilization: 70,
      readConsistency: 'LOCAL_QUORUM',
      lwtFailureRate: 0,
      pitr: false,
      valueBytes: 64,
    });
    const report = outcome.report;
    const prices = bundledPrices();
    const unit = prices.regions[region];
    return {
      region,
      regions: Math.max(1, regions.length),
      currency: report.currency,
      storage: report.breakdown.onDemand.storage,
      requests:
        report.rates.basis === 'log'
          ? { onDemand: report.monthly.onDemand - report.breakdown.onDemand.storage, provisioned: report.monthly.provisioned - report.breakdown.provisioned.storage, recommendation: report.recommendation }
          : undefined,
      basis: report.rates.basis,
      capacityUnitHour: { read: unit?.readCapacityUnitHour ?? 0, write: unit?.writeCapacityUnitHour ?? 0 },
      hoursPerMonth: prices.hoursPerMonth,
      tables,
    };
  }

  /** The origin tables (`keyspace.table`) of the audited keyspaces, for the copy's choice. */
  async originTables(): Promise<string[]> {
    const session = await connectOrigin(this.originOptions(this.requireOrigin()));
    try {
      const out: string[] = [];
      for (const keyspace of this.state.keyspaces) {
        const rs = await session.client.execute('SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?', [keyspace], { prepare: true });
        appendAll(out, rs.rows.map((r) => `${keyspace}.${String(r.get('table_name'))}`).sort());
      }
      return out;
    } finally {
      await closeQuietly(session);
    }
  }

  /** Forgets the copy's progress (its checkpoint and rejects), so the next copy starts over with a new choice of tables. */
  async discardCopy(): Promise<void> {
    await rm(this.state.checkpoint, { force: true });
    await rm(join(this.dir, 'copy-rejects.jsonl'), { force: true });
    this.state.copyStarted = false;
    await this.save();
  }

  /** Applies the converted schema on the target (in the mapped keyspace), waiting until every table is ACTIVE. */
  async apply(onEvent: (event: ApplyEvent) => void): Promise<ApplyResult> {
    const target = await connectTarget(this.targetOptions(this.requireTarget()));
    try {
      let statements = parseScript(await this.convertedSchema()).statements;
      const from = this.state.keyspaces[0];
      if (this.state.targetKeyspace !== undefined && from !== undefined) statements = renameKeyspace(statements, from, this.state.targetKeyspace);
      const runner = target.client as unknown as Parameters<typeof applySchema>[0];
      const result = await applySchema(runner, statements, { waitActive: target.kind === 'keyspaces', pollMs: 500, onEvent });
      if (this.state.report.schema) {
        this.state.report.schema.applied = result.applied;
        this.state.report.schema.failed = result.failed.length;
      }
      await this.save();
      return result;
    } finally {
      await target.shutdown();
    }
  }

  /**
   * Copies the chosen tables (`tables` empty: every table of the audited keyspaces) into the
   * mapped keyspace. Once a copy of this migration has started, its checkpoint is resumed: ranges
   * already copied are not copied again (the tables are then those of that copy).
   */
  async copy(options: { tables: string[]; rate: number | undefined }, onEvent: EventListener<CopyEvent>, onControl: (c: CopyControl) => void): Promise<CopyResult> {
    const resume = this.state.copyStarted === true;
    if (!resume) this.state.tables = options.tables;
    this.state.rate = options.rate;
    this.state.copyStarted = true;
    await this.save();
    const result = await runCopyWorkflow(
      {
        origin: this.originOptions(this.requireOrigin()),
        target: this.targetOptions(this.requireTarget()),
        keyspaces: this.state.keyspaces,
        tables: this.state.tables,
        targetKeyspace: this.state.targetKeyspace,
        ...JOB_DEFAULTS,
        ...PLAIN_COPY,
        rate: options.rate,
        checkpoint: this.state.checkpoint,
        resume,
        rejects: join(this.dir, 'copy-rejects.jsonl'),
        maxUnavailableSeconds: 600,
        cwd: this.dir,
      },
      onEvent,
      onControl,
    );
    if (!result.interrupted) this.state.report.copy = { tables: result.tables.map((t) => ({ table: t.table, read: t.read, written: t.written, rejected: t.rejected, seconds: t.seconds })) };
    await this.save();
    return result;
  }

  /** Verifies the copied tables, then replays the query log on both sides when one was given. */
  async verify(onEvent: EventListener<VerifyEvent>, onControl: (c: VerifyControl) => void, cwd: string): Promise<{ result: VerifyResult; queries: QueryShapeResult[] | undefined }> {
    const origin = this.originOptions(this.requireOrigin());
    const target = this.targetOptions(this.requireTarget());
    const result = await runVerifyWorkflow(
      {
        origin,
        target,
        keyspaces: this.state.keyspaces,
        tables: this.state.tables,
        targetKeyspace: this.state.targetKeyspace,
        ...JOB_DEFAULTS,
        ...FULL_CHECK,
        maxUnavailableSeconds: 600,
      },
      onEvent,
      onControl,
    );
    const queries =
      this.state.queryLog !== undefined && !result.interrupted
        ? await runQueryVerification({ origin, target, file: this.state.queryLog, samplesPerShape: 10, targetKeyspace: this.state.targetKeyspace, keyspaces: this.state.keyspaces, concurrency: 64, cwd }, onEvent)
        : undefined;
    onEvent({
      type: 'summary',
      tables: result.tables.map((t) => ({ table: t.table, compared: t.compared, missing: t.missing, extra: t.extra, different: t.different, keys: t.keys })),
      ...(queries ? { queries: queries.map((q) => ({ shape: q.shape, runs: q.runs, match: q.match, mismatch: q.mismatch, errors: q.errors })) } : {}),
    });
    if (!result.interrupted) {
      this.state.report.verify = {
        mode: result.mode,
        tables: result.tables.map((t) => ({ table: t.table, compared: t.compared, missing: t.missing, extra: t.extra, different: t.different, repaired: t.repaired, stillDifferent: t.stillDifferent })),
        ...(queries ? { queries: queries.map((q) => ({ shape: q.shape, runs: q.runs, match: q.match, mismatch: q.mismatch, errors: q.errors, explained: q.explained })) } : {}),
      };
    }
    await this.save();
    return { result, queries };
  }

  /** Writes the final report (Markdown and JSON) into the migration's directory. */
  async writeReport(): Promise<{ markdown: string; json: string }> {
    const origin = this.state.origin;
    const target = this.state.target;
    this.state.report.generatedAt = new Date().toISOString();
    this.state.report.origin = origin?.contactPoints.join(',');
    this.state.report.target = target ? (target.endpoint ?? `cassandra.${target.region}.amazonaws.com`) : undefined;
    await this.save();
    return writeMigrationReport(this.dir, this.state.report);
  }

  /** The origin's session options, with this run's password. */
  originOptions(answers: OriginAnswers): OriginSessionOptions {
    return {
      contactPoints: answers.contactPoints,
      localDataCenter: answers.localDataCenter,
      username: answers.username,
      password: this.secrets.originPassword,
      ...(answers.ca !== undefined || answers.insecure ? { tls: { ca: answers.ca, insecure: answers.insecure === true } } : {}),
    };
  }

  /** The target's session options, with this run's password. */
  targetOptions(answers: TargetAnswers): TargetSessionOptions {
    return {
      region: answers.region,
      endpoint: answers.endpoint,
      port: answers.port,
      auth: answers.auth,
      username: answers.username,
      password: this.secrets.targetPassword,
      profile: answers.profile,
      ca: answers.ca,
      insecure: answers.insecure,
    };
  }

  private requireOrigin(): OriginAnswers {
    if (this.state.origin === undefined) throw new KsmigError('usage', 'KSMIG_MIGRATE_ORIGIN', 'the origin is not connected yet');
    return this.state.origin;
  }

  private requireTarget(): TargetAnswers {
    if (this.state.target === undefined) throw new KsmigError('usage', 'KSMIG_MIGRATE_TARGET', 'the target is not connected yet');
    return this.state.target;
  }

  /** Merges non-secret settings into the config file (creating it), keeping whatever else it holds. */
  private async remember(settings: Record<string, unknown>): Promise<void> {
    let current: Record<string, unknown> = {};
    const text = await readFile(this.configFile, 'utf8').catch(() => undefined);
    if (text !== undefined) {
      const parsed = parseYaml(text) as unknown;
      if (parsed !== null && typeof parsed === 'object') current = parsed as Record<string, unknown>;
    }
    const merge = (a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> => {
      const out = { ...a };
      for (const [k, v] of Object.entries(b)) {
        if (v === undefined) continue;
        out[k] = v !== null && typeof v === 'object' && !Array.isArray(v) && typeof out[k] === 'object' && out[k] !== null ? merge(out[k] as Record<string, unknown>, v as Record<string, unknown>) : v;
      }
      return out;
    };
    await mkdir(dirname(this.configFile), { recursive: true });
    await writeFile(this.configFile, stringifyYaml(merge(current, settings)));
  }
}

/** Moves the files of an earlier migration in `dir` to `dir/previous-<time>/`; returns that directory, or undefined when there were none. */
async function archiveEarlier(dir: string): Promise<string | undefined> {
  const present = new Set(await readdir(dir).catch(() => [] as string[]));
  const files = MIGRATION_FILES.filter((f) => present.has(f));
  if (!files.includes('state.json')) return undefined;
  const archive = join(dir, `previous-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  await mkdir(archive, { recursive: true });
  for (const f of files) await rename(join(dir, f), join(archive, f));
  return archive;
}

function failed(error: unknown): ConnectionCheck {
  if (error instanceof KsmigError) return { ok: false, message: error.message, hint: error.tryMessage };
  return { ok: false, message: error instanceof Error ? error.message : String(error), hint: undefined };
}
