/**
 * The interactive migration (`ksmig`, `ksmig migrate`) as a service the Ink flow drives step by
 * step: connect to the origin → audit its live schema (and a query log) → review the Keyspaces
 * schema → apply it on the target → copy the chosen tables → verify data and queries → write the
 * final report. Where the flow stands is kept in a state file (never a secret in it), so Ctrl-C at
 * any step and `ksmig migrate --resume` continues there; a copy resumes from its own checkpoint.
 * Non-secret answers (hosts, data center, user names, Region, CA paths) are also remembered in the
 * config file, so the next run's forms start filled in.
 */
import { readFile, rename, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { OriginSessionOptions } from '../clusters/origin-session.js';
import { connectOrigin } from '../clusters/origin-session.js';
import { connectTarget, type TargetAuth, type TargetSessionOptions } from '../clusters/target-session.js';
import type { CapacityMode } from '../convert/target-schema.js';
import type { CopyControl, CopyEvent } from '../copy/events.js';
import { parseScript } from '../cql/parse.js';
import { KsmigError } from '../shared/errors.js';
import type { EventListener } from '../shared/events.js';
import type { QueryShapeResult, VerifyEvent } from '../verify/events.js';
import { runAuditWorkflow, type AuditOutcome } from './audit.js';
import { runCopyWorkflow, type CopyResult } from './copy.js';
import { auditPart, writeMigrationReport, type MigrationReport } from './migration-report.js';
import { runQueryVerification } from './query-verify.js';
import { applySchema, type ApplyEvent, type ApplyResult } from './schema-apply.js';
import { runVerifyWorkflow, type VerifyControl, type VerifyResult } from './verify.js';

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
  tables: string[];
  /** The copy's checkpoint (in the state directory). */
  checkpoint: string;
  report: MigrationReport;
}

/** Secrets for this run only. */
export interface MigrationSecrets {
  originPassword?: string | undefined;
  targetPassword?: string | undefined;
}

/** A connection test's outcome, for the form. */
export type ConnectionCheck = { ok: true; detail: string } | { ok: false; message: string; hint: string | undefined };

/** One migration: its state file, and the services of each step. */
export class MigrationSession {
  private constructor(
    readonly dir: string,
    readonly state: MigrationState,
    private readonly configFile: string,
    private secrets: MigrationSecrets,
  ) {}

  /** Starts a new migration in `dir` (default `.ksmig/migrate` under the working directory), or resumes the one there. */
  static async open(options: { cwd: string; dir?: string; resume: boolean; configFile?: string }): Promise<MigrationSession> {
    const dir = resolve(options.cwd, options.dir ?? join('.ksmig', 'migrate'));
    const configFile = options.configFile ?? resolve(options.cwd, 'ksmig.config.yaml');
    const file = join(dir, 'state.json');
    let state: MigrationState | undefined;
    if (options.resume) {
      const text = await readFile(file, 'utf8').catch(() => undefined);
      if (text === undefined) throw new KsmigError('usage', 'KSMIG_MIGRATE_NO_STATE', `nothing to resume: ${file} does not exist`, { tryMessage: 'run ksmig migrate without --resume to start' });
      state = JSON.parse(text) as MigrationState;
      if (state.version !== 1 || !MIGRATION_STEPS.includes(state.step)) throw new KsmigError('usage', 'KSMIG_MIGRATE_STATE', `${file} is not a ksmig migration state (version 1)`);
    }
    state ??= { version: 1, step: 'connect', keyspaces: [], regions: [], tables: [], checkpoint: join(dir, 'copy-checkpoint.json'), report: { version: 1, generatedAt: new Date().toISOString() } };
    return new MigrationSession(dir, state, configFile, {});
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

  /** Writes the state file (temp + rename). */
  async save(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const file = join(this.dir, 'state.json');
    await writeFile(`${file}.tmp`, `${JSON.stringify(this.state, null, 2)}\n`, { mode: 0o600 });
    await rename(`${file}.tmp`, file);
  }

  /** Connects to the origin with `answers`, lists its keyspaces, and on success keeps the answers (state and config file). */
  async checkOrigin(answers: OriginAnswers): Promise<ConnectionCheck & { keyspaces?: string[] }> {
    try {
      const session = await connectOrigin(this.originOptions(answers));
      try {
        const rs = await session.client.execute('SELECT keyspace_name FROM system_schema.keyspaces', [], { prepare: false });
        const keyspaces = rs.rows.map((r) => String(r.get('keyspace_name'))).filter((k) => !k.startsWith('system')).sort();
        this.state.origin = answers;
        await this.remember({ origin: { contactPoints: answers.contactPoints, localDataCenter: answers.localDataCenter ?? session.localDataCenter, username: answers.username, ...(answers.ca ? { tls: { ca: answers.ca } } : {}) } });
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
        await this.remember({ target: { region: answers.region, endpoint: answers.endpoint, port: answers.port, auth: answers.auth === 'service-specific' ? 'password' : answers.auth, username: answers.username, profile: answers.profile, ca: answers.ca } });
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
    this.state.queryLog = options.queryLog;
    this.state.regions = options.regions;
    this.state.capacity = options.capacity;
    const outcome = await runAuditWorkflow({
      cwd: options.cwd,
      paths: [],
      queryLogs: options.queryLog ? [options.queryLog] : [],
      queryLogFormat: 'auto',
      origin: this.originOptions(origin),
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

  /** Applies the converted schema on the target, waiting until every table is ACTIVE. */
  async apply(onEvent: (event: ApplyEvent) => void): Promise<ApplyResult> {
    const target = await connectTarget(this.targetOptions(this.requireTarget()));
    try {
      const statements = parseScript(await this.convertedSchema()).statements;
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

  /** Copies the chosen tables (`tables` empty: every table of the audited keyspaces), resuming the checkpoint when there is one. */
  async copy(options: { tables: string[]; rate: number | undefined; resume: boolean }, onEvent: EventListener<CopyEvent>, onControl: (c: CopyControl) => void): Promise<CopyResult> {
    this.state.tables = options.tables;
    await this.save();
    const result = await runCopyWorkflow(
      {
        origin: this.originOptions(this.requireOrigin()),
        target: this.targetOptions(this.requireTarget()),
        keyspaces: this.state.keyspaces,
        tables: options.tables,
        targetKeyspace: undefined,
        rate: options.rate,
        concurrency: 64,
        splits: undefined,
        fetchSize: 1000,
        checkpoint: this.state.checkpoint,
        resume: options.resume,
        maxErrors: undefined,
        rejects: join(this.dir, 'copy-rejects.jsonl'),
        preserveTtl: false,
        preserveWritetime: false,
        createTables: false,
        shard: undefined,
        dryRun: false,
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
        targetKeyspace: undefined,
        rate: undefined,
        concurrency: 64,
        splits: undefined,
        fetchSize: 1000,
        samplePercent: 100,
        compareTtl: undefined,
        compareWritetime: undefined,
        fix: false,
        fixExtra: false,
        shard: undefined,
        maxUnavailableSeconds: 600,
      },
      onEvent,
      onControl,
    );
    const queries =
      this.state.queryLog !== undefined && !result.interrupted
        ? await runQueryVerification({ origin, target, file: this.state.queryLog, samplesPerShape: 10, targetKeyspace: undefined, keyspaces: this.state.keyspaces, concurrency: 64, cwd }, onEvent)
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

function failed(error: unknown): ConnectionCheck {
  if (error instanceof KsmigError) return { ok: false, message: error.message, hint: error.tryMessage };
  return { ok: false, message: error instanceof Error ? error.message : String(error), hint: undefined };
}
