/**
 * `ksmig demo` as a service: audits the bundled example application (schema + query log),
 * converts its schema, then starts a real Cassandra with the Keyspaces emulator in front of it,
 * applies the converted schema and sends the application's statements to show how Keyspaces
 * answers them. What it says comes from `fixtures/demo/demo.yaml`; how it looks is the view's.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import cassandra from 'cassandra-driver';
import { parse as parseYaml } from 'yaml';
import { connectKeyspaces, type KeyspacesSession } from '../clusters/keyspaces-session.js';
import { parseScript } from '../cql/parse.js';
import { runEmulator, type StartedEmulator } from '../emulator/run.js';
import { startLocalCassandra, type LocalCassandra } from '../local/index.js';
import { renderTemplate } from '../rules/schema.js';
import type { EventListener } from '../shared/events.js';
import { runAuditWorkflow, type AuditOutcome } from './audit.js';
import { applySchema, type ApplyEvent } from './schema-apply.js';
import { KsmigError } from '../shared/errors.js';

/** The bundled example application. */
export const DEMO_DIR = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));

interface DemoScript {
  title: string;
  steps: Record<'audit' | 'convert' | 'cluster' | 'apply' | 'behaviour' | 'skipped' | 'done', string>;
  statements: Array<{ say: string; cql: string; consistency: string; expect: 'ok' | 'rejected' }>;
}

/** How the demo runs. */
export interface DemoOptions {
  /** Start Cassandra and the emulator (false: audit and convert only). */
  cluster: boolean;
  /** Directory the example's paths are shown relative to. */
  cwd: string;
  /** Where the converted schema is written (default: a new temporary directory). */
  workDir?: string;
  /** Stops the demo between steps (the command was interrupted); a node and emulator it started are stopped. */
  signal?: AbortSignal | undefined;
}

/** What the demo shows, step by step. */
export type DemoEvent =
  | { type: 'title'; text: string }
  | { type: 'step'; text: string }
  | { type: 'audit'; outcome: AuditOutcome; cwd: string }
  | { type: 'target-schema'; file: string; text: string }
  | { type: 'skipped'; text: string }
  | { type: 'log'; line: string }
  | { type: 'cassandra'; host: string; port: number; startupMs: number }
  | { type: 'emulator'; host: string; port: number; caPath: string }
  | { type: 'apply'; event: ApplyEvent }
  | { type: 'applied'; applied: number; failed: number }
  | { type: 'statement'; say: string; cql: string; consistency: string; expect: 'ok' | 'rejected'; error?: string }
  | { type: 'done'; text: string };

/** Runs the demo. It never fails for what it finds; without Java 17 or the jars it skips the cluster part and says why. */
export async function runDemoWorkflow(options: DemoOptions, onEvent: EventListener<DemoEvent>): Promise<void> {
  const script = parseYaml(await readFile(join(DEMO_DIR, 'demo.yaml'), 'utf8')) as DemoScript;
  const work = options.workDir ?? (await mkdtemp(join(tmpdir(), 'ksmig-demo-')));
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

  if (!options.cluster) onEvent({ type: 'skipped', text: renderTemplate(script.steps.skipped, { reason: '--no-cluster' }) });
  else await clusterPart(script, converted, onEvent, options.signal);
  onEvent({ type: 'done', text: renderTemplate(script.steps.done, { schema: targetSchema }) });
}

function throwIfInterrupted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw new KsmigError('interrupted', 'KSMIG_INTERRUPTED', 'the demo was interrupted');
}

async function clusterPart(script: DemoScript, schemaText: string, onEvent: EventListener<DemoEvent>, signal: AbortSignal | undefined): Promise<void> {
  onEvent({ type: 'step', text: script.steps.cluster });
  let node: LocalCassandra | undefined;
  let emulator: StartedEmulator | undefined;
  let session: KeyspacesSession | undefined;
  const stateDir = await mkdtemp(join(tmpdir(), 'ksmig-demo-emulator-'));
  try {
    try {
      node = await startLocalCassandra({ log: (line) => onEvent({ type: 'log', line }), ...(signal !== undefined ? { signal } : {}) });
    } catch (err) {
      throwIfInterrupted(signal);
      onEvent({ type: 'skipped', text: renderTemplate(script.steps.skipped, { reason: (err as Error).message }) });
      return;
    }
    throwIfInterrupted(signal);
    onEvent({ type: 'cassandra', host: node.host, port: node.port, startupMs: node.startupMs });
    emulator = await runEmulator({
      backend: { host: node.host, port: node.port },
      listen: { host: '127.0.0.1', port: 0 },
      region: 'us-east-1',
      stateDir,
      maxSkewSeconds: 900,
      ddlDelaySeconds: 2,
    });
    onEvent({ type: 'emulator', host: emulator.host, port: emulator.port, caPath: emulator.caPath });
    const [accessKeyId, secretAccessKey] = [...emulator.keys][0] ?? ['', ''];
    session = await connectKeyspaces({
      region: 'us-east-1',
      endpoint: emulator.host,
      port: emulator.port,
      ca: emulator.caPath,
      credentials: async () => ({ accessKeyId, secretAccessKey }),
    });

    throwIfInterrupted(signal);
    onEvent({ type: 'step', text: script.steps.apply });
    const result = await applySchema(session, parseScript(schemaText).statements, {
      pollMs: 250,
      activeTimeoutMs: 60_000,
      onEvent: (event) => onEvent({ type: 'apply', event }),
    });
    onEvent({ type: 'applied', applied: result.applied, failed: result.failed.length });

    onEvent({ type: 'step', text: script.steps.behaviour });
    throwIfInterrupted(signal);
    for (const s of script.statements) {
      try {
        await session.client.execute(s.cql, [], { prepare: false, consistency: consistencyCode(s.consistency) });
        onEvent({ type: 'statement', ...s });
      } catch (err) {
        onEvent({ type: 'statement', ...s, error: (err as Error).message });
      }
    }
  } finally {
    await session?.shutdown().catch(() => undefined);
    await emulator?.close().catch(() => undefined);
    await node?.stop().catch(() => undefined);
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
