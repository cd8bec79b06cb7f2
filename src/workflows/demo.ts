/**
 * `ksmig demo` as a service: the whole migration of a bundled example application, locally. It
 * audits the example (a schema with mixed problems and a query log), converts the schema, starts a
 * real Cassandra as the origin and another behind the Keyspaces emulator as the target, seeds the
 * origin with about 50,000 rows, creates the converted schema through the emulator (TLS + SigV4),
 * copies every table, verifies the data and replays the query log on both sides, shows how
 * Keyspaces answers some of the application's statements, writes the final report and stops
 * everything. What it says comes from `fixtures/demo/demo.yaml`; how it looks is the view's.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import cassandra from 'cassandra-driver';
import { parse as parseYaml } from 'yaml';
import { connectKeyspaces, type KeyspacesSession } from '../clusters/keyspaces-session.js';
import type { CopyControl, CopyEvent } from '../copy/events.js';
import { parseScript } from '../cql/parse.js';
import { runEmulator, type StartedEmulator } from '../emulator/run.js';
import { startLocalCassandra, type LocalCassandra } from '../local/index.js';
import { renderTemplate } from '../rules/schema.js';
import type { EventListener } from '../shared/events.js';
import type { QueryShapeResult, VerifyEvent } from '../verify/events.js';
import { runAuditWorkflow, type AuditOutcome } from './audit.js';
import { runCopyWorkflow } from './copy.js';
import { seedDemoOrigin } from './demo-seed.js';
import { auditPart, writeMigrationReport, type MigrationReport } from './migration-report.js';
import { runQueryVerification } from './query-verify.js';
import { applySchema, type ApplyEvent } from './schema-apply.js';
import { FULL_CHECK, JOB_DEFAULTS, PLAIN_COPY } from './sessions.js';
import { runVerifyWorkflow, type VerifyControl } from './verify.js';
import { KsmigError } from '../shared/errors.js';

/** The bundled example application. */
export const DEMO_DIR = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));

interface DemoScript {
  title: string;
  steps: Record<'audit' | 'convert' | 'cluster' | 'seed' | 'apply' | 'copy' | 'verify' | 'behaviour' | 'report' | 'skipped' | 'done', string>;
  statements: Array<{ say: string; cql: string; consistency: string; expect: 'ok' | 'rejected' }>;
}

/** How the demo runs. */
export interface DemoOptions {
  /** Start Cassandra and the emulator (false: audit and convert only). */
  cluster: boolean;
  /** Directory the example's paths are shown relative to. */
  cwd: string;
  /** Where the converted schema and the reports are written (default: a new temporary directory). */
  workDir?: string;
  /** Stops the demo between steps (the command was interrupted); a node and emulator it started are stopped. */
  signal?: AbortSignal | undefined;
}

/** What the demo shows, step by step; `copy` and `verify` carry the live events of those steps. */
export type DemoEvent =
  | { type: 'title'; text: string }
  | { type: 'step'; text: string }
  | { type: 'audit'; outcome: AuditOutcome; cwd: string }
  | { type: 'target-schema'; file: string; text: string }
  | { type: 'skipped'; text: string }
  | { type: 'log'; line: string }
  | { type: 'cassandra'; role: 'origin' | 'target'; host: string; port: number; startupMs: number }
  | { type: 'emulator'; host: string; port: number; caPath: string }
  | { type: 'seeded'; table: string; rows: number }
  | { type: 'apply'; event: ApplyEvent }
  | { type: 'applied'; applied: number; failed: number }
  | { type: 'copy-start'; control: () => CopyControl | undefined }
  | { type: 'copy'; event: CopyEvent }
  | { type: 'verify-start'; control: () => VerifyControl | undefined }
  | { type: 'verify'; event: VerifyEvent }
  | { type: 'statement'; say: string; cql: string; consistency: string; expect: 'ok' | 'rejected'; error?: string }
  | { type: 'report'; markdown: string; json: string; identical: boolean }
  | { type: 'done'; text: string };

/** Runs the demo. It never fails for what it finds; without Java 17 or the jars it skips the cluster part and says why. */
export async function runDemoWorkflow(options: DemoOptions, onEvent: EventListener<DemoEvent>): Promise<void> {
  const script = parseYaml(await readFile(join(DEMO_DIR, 'demo.yaml'), 'utf8')) as DemoScript;
  const work = options.workDir ?? (await mkdtemp(join(tmpdir(), 'ksmig-demo-')));
  await mkdir(work, { recursive: true });
  const targetSchema = join(work, 'keyspaces-schema.cql');
  onEvent({ type: 'title', text: script.title });

  onEvent({ type: 'step', text: script.steps.audit });
  const shown = (file: string): string => relative(options.cwd, join(DEMO_DIR, file)) || file;
  const outcome = await runAuditWorkflow({
    cwd: options.cwd,
    paths: [shown('schema.cql'), shown('queries.log')],
    queryLogFormat: 'auto',
    baseDir: options.cwd,
    selection: {},
    showLiterals: false,
    targetSchema: { regions: [] },
    frames: true,
    signal: options.signal,
  });
  onEvent({ type: 'audit', outcome, cwd: options.cwd });
  onEvent({ type: 'step', text: script.steps.convert });
  const converted = outcome.targetSchema?.text ?? '';
  await writeFile(targetSchema, converted);
  onEvent({ type: 'target-schema', file: targetSchema, text: converted });
  const report: MigrationReport = {
    version: 1,
    generatedAt: new Date().toISOString(),
    audit: auditPart(outcome.report),
    schema: outcome.targetSchema
      ? { keyspaces: outcome.targetSchema.keyspaces, tables: outcome.targetSchema.tables, types: outcome.targetSchema.types, omitted: outcome.targetSchema.omitted, applied: 0, failed: 0 }
      : undefined,
  };

  if (!options.cluster) onEvent({ type: 'skipped', text: renderTemplate(script.steps.skipped, { reason: '--no-cluster' }) });
  else await clusterPart(script, converted, report, onEvent, options.signal);
  throwIfInterrupted(options.signal);
  report.generatedAt = new Date().toISOString();
  const written = await writeMigrationReport(work, report);
  const identical = report.verify?.tables.every((t) => t.missing + t.extra + t.different === 0) ?? false;
  onEvent({ type: 'step', text: script.steps.report });
  onEvent({ type: 'report', ...written, identical });
  onEvent({ type: 'done', text: renderTemplate(script.steps.done, { schema: targetSchema, report: written.markdown }) });
}

function throwIfInterrupted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw new KsmigError('interrupted', 'KSMIG_INTERRUPTED', 'the demo was interrupted');
}

/**
 * The cluster part: two nodes, the emulator, seed, apply, copy, verify, Keyspaces' answers. An
 * interruption (`signal`) stops it between steps, and stops a copy or verification under way at
 * its next safe point; whatever it started (nodes, emulator, sessions) is stopped on the way out.
 */
async function clusterPart(script: DemoScript, schemaText: string, report: MigrationReport, onEvent: EventListener<DemoEvent>, signal: AbortSignal | undefined): Promise<void> {
  throwIfInterrupted(signal);
  onEvent({ type: 'step', text: script.steps.cluster });
  let origin: LocalCassandra | undefined;
  let target: LocalCassandra | undefined;
  let emulator: StartedEmulator | undefined;
  let session: KeyspacesSession | undefined;
  let originClient: cassandra.Client | undefined;
  const stateDir = await mkdtemp(join(tmpdir(), 'ksmig-demo-emulator-'));
  try {
    // Two real nodes, started side by side: the origin, and the one behind the emulator. Both are
    // waited for, so that one that started while the other failed (or was interrupted) is stopped too.
    const interruptible = signal !== undefined ? { signal } : {};
    const [startedOrigin, startedTarget] = await Promise.allSettled([
      startLocalCassandra({ heap: '768m', log: (line) => onEvent({ type: 'log', line }), ...interruptible }),
      startLocalCassandra({ heap: '768m', log: () => undefined, ...interruptible }),
    ]);
    if (startedOrigin.status === 'rejected' || startedTarget.status === 'rejected') {
      const up = [startedOrigin, startedTarget].flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      await Promise.all(up.map((node) => node.stop().catch(() => undefined)));
      throwIfInterrupted(signal);
      const reason: unknown = startedOrigin.status === 'rejected' ? startedOrigin.reason : (startedTarget as PromiseRejectedResult).reason;
      onEvent({ type: 'skipped', text: renderTemplate(script.steps.skipped, { reason: reason instanceof Error ? reason.message : String(reason) }) });
      return;
    }
    origin = startedOrigin.value;
    target = startedTarget.value;
    throwIfInterrupted(signal);
    onEvent({ type: 'cassandra', role: 'origin', host: origin.host, port: origin.port, startupMs: origin.startupMs });
    onEvent({ type: 'cassandra', role: 'target', host: target.host, port: target.port, startupMs: target.startupMs });
    emulator = await runEmulator({
      backend: { host: target.host, port: target.port },
      listen: { host: '127.0.0.1', port: 0 },
      region: 'us-east-1',
      stateDir,
      maxSkewSeconds: 900,
      ddlDelaySeconds: 2,
    });
    onEvent({ type: 'emulator', host: emulator.host, port: emulator.port, caPath: emulator.caPath });
    report.origin = `${origin.host}:${origin.port}`;
    report.target = `${emulator.host}:${emulator.port} (ksmig emulate, us-east-1)`;
    const [accessKeyId, secretAccessKey] = [...emulator.keys][0] ?? ['', ''];
    const credentials = async () => ({ accessKeyId, secretAccessKey });
    const targetOptions = { region: 'us-east-1', endpoint: emulator.host, port: emulator.port, ca: emulator.caPath, credentials };

    throwIfInterrupted(signal);
    onEvent({ type: 'step', text: script.steps.seed });
    originClient = new cassandra.Client({ contactPoints: [`${origin.host}:${origin.port}`], localDataCenter: 'datacenter1' });
    await seedDemoOrigin(originClient, await readFile(join(DEMO_DIR, 'schema.cql'), 'utf8'), (table, rows) => onEvent({ type: 'seeded', table, rows }), signal);
    await originClient.shutdown();
    originClient = undefined;

    throwIfInterrupted(signal);
    onEvent({ type: 'step', text: script.steps.apply });
    session = await connectKeyspaces(targetOptions);
    const applied = await applySchema(session, parseScript(schemaText).statements, { pollMs: 250, activeTimeoutMs: 60_000, onEvent: (event) => onEvent({ type: 'apply', event }) });
    onEvent({ type: 'applied', applied: applied.applied, failed: applied.failed.length });
    if (report.schema) {
      report.schema.applied = applied.applied;
      report.schema.failed = applied.failed.length;
    }

    const originOptions = { contactPoints: [`${origin.host}:${origin.port}`], localDataCenter: 'datacenter1' };
    throwIfInterrupted(signal);
    onEvent({ type: 'step', text: script.steps.copy });
    let copyControl: CopyControl | undefined;
    // An interruption stops the copy (and then the verification) at its next safe point.
    const stopOnInterrupt = (stop: () => void): (() => void) => {
      const listener = (): void => stop();
      signal?.addEventListener('abort', listener);
      return () => signal?.removeEventListener('abort', listener);
    };
    const releaseCopy = stopOnInterrupt(() => copyControl?.stop());
    onEvent({ type: 'copy-start', control: () => copyControl });
    const copied = await runCopyWorkflow(
      {
        origin: originOptions,
        target: targetOptions,
        keyspaces: ['shop'],
        tables: [],
        targetKeyspace: undefined,
        ...JOB_DEFAULTS,
        ...PLAIN_COPY,
        checkpoint: join(stateDir, 'copy.json'),
        resume: false,
        rejects: undefined,
        maxUnavailableSeconds: 120,
        cwd: stateDir,
      },
      (event) => onEvent({ type: 'copy', event }),
      (c) => {
        copyControl = c;
        if (signal?.aborted === true) c.stop();
      },
    ).finally(releaseCopy);
    throwIfInterrupted(signal);
    report.copy = { tables: copied.tables.map((t) => ({ table: t.table, read: t.read, written: t.written, rejected: t.rejected, seconds: t.seconds })) };

    onEvent({ type: 'step', text: script.steps.verify });
    let verifyControl: VerifyControl | undefined;
    const releaseVerify = stopOnInterrupt(() => verifyControl?.stop());
    onEvent({ type: 'verify-start', control: () => verifyControl });
    const emitVerify = (event: VerifyEvent): void => onEvent({ type: 'verify', event });
    const verified = await runVerifyWorkflow(
      {
        origin: originOptions,
        target: targetOptions,
        keyspaces: ['shop'],
        tables: [],
        targetKeyspace: undefined,
        ...JOB_DEFAULTS,
        ...FULL_CHECK,
        maxUnavailableSeconds: 120,
      },
      emitVerify,
      (c) => {
        verifyControl = c;
        if (signal?.aborted === true) c.stop();
      },
    ).finally(releaseVerify);
    throwIfInterrupted(signal);
    const queries: QueryShapeResult[] = await runQueryVerification(
      { origin: originOptions, target: targetOptions, file: join(DEMO_DIR, 'queries.log'), samplesPerShape: 5, targetKeyspace: undefined, keyspaces: ['shop'], concurrency: 64, cwd: DEMO_DIR },
      emitVerify,
    );
    emitVerify({
      type: 'summary',
      tables: verified.tables.map((t) => ({ table: t.table, compared: t.compared, missing: t.missing, extra: t.extra, different: t.different, keys: t.keys })),
      queries: queries.map((q) => ({ shape: q.shape, runs: q.runs, match: q.match, mismatch: q.mismatch, errors: q.errors })),
    });
    report.verify = {
      mode: verified.mode,
      tables: verified.tables.map((t) => ({ table: t.table, compared: t.compared, missing: t.missing, extra: t.extra, different: t.different, repaired: t.repaired, stillDifferent: t.stillDifferent })),
      queries: queries.map((q) => ({ shape: q.shape, runs: q.runs, match: q.match, mismatch: q.mismatch, errors: q.errors, explained: q.explained })),
    };

    throwIfInterrupted(signal);
    onEvent({ type: 'step', text: script.steps.behaviour });
    for (const s of script.statements) {
      throwIfInterrupted(signal);
      try {
        await session.client.execute(s.cql, [], { prepare: false, consistency: consistencyCode(s.consistency) });
        onEvent({ type: 'statement', ...s });
      } catch (err) {
        onEvent({ type: 'statement', ...s, error: (err as Error).message });
      }
    }
  } finally {
    await originClient?.shutdown().catch(() => undefined);
    await session?.shutdown().catch(() => undefined);
    await emulator?.close().catch(() => undefined);
    await Promise.all([origin?.stop(), target?.stop()].map((p) => p?.catch(() => undefined)));
    await rm(stateDir, { recursive: true, force: true });
  }
}

/** The driver's code for a consistency level written as CQL names it (`LOCAL_QUORUM`); the driver's own keys are camelCase. */
function consistencyCode(name: string): number {
  const key = name.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as keyof typeof cassandra.types.consistencies;
  const code = cassandra.types.consistencies[key];
  if (code === undefined) throw new Error(`fixtures/demo/demo.yaml: unknown consistency level ${name}`);
  return code;
}
