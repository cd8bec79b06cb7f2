import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cassandra from 'cassandra-driver';
import { parse as parseYaml } from 'yaml';
import { connectKeyspaces, type KeyspacesSession } from '../../clusters/keyspaces-session.js';
import { applySchema } from '../../convert/apply.js';
import { parseScript } from '../../cql/parse.js';
import { runEmulator, type StartedEmulator } from '../../emulator/run.js';
import { startLocalCassandra, type LocalCassandra } from '../../local/index.js';
import { renderTemplate } from '../../rules/schema.js';
import { ExitCode } from '../../shared/exit-codes.js';
import type { CliIO } from '../io.js';
import { runAudit } from './audit-run.js';

const DEMO_DIR = fileURLToPath(new URL('../../../fixtures/demo/', import.meta.url));

interface DemoScript {
  title: string;
  steps: Record<'audit' | 'convert' | 'cluster' | 'apply' | 'behaviour' | 'skipped' | 'done', string>;
  statements: Array<{ say: string; cql: string; consistency: string; expect: 'ok' | 'rejected' }>;
}


/** Runs the demo; exits 0 whenever it ran, whatever it found (the cluster part is skipped, with the reason, without Java 17 or the jars). */
export async function runDemo(io: CliIO, withCluster: boolean): Promise<number> {
  const script = parseYaml(await readFile(join(DEMO_DIR, 'demo.yaml'), 'utf8')) as DemoScript;
  const out = (line = ''): void => void io.stdout.write(`${line}\n`);
  const heading = (text: string): void => out(`\n== ${text}`);
  const work = await mkdtemp(join(tmpdir(), 'ksmig-demo-'));
  const targetSchema = join(work, 'keyspaces-schema.cql');
  out(script.title);

  heading(script.steps.audit);
  await runAudit(
    [join(DEMO_DIR, 'schema.cql'), join(DEMO_DIR, 'queries.log')],
    { emitTargetSchema: targetSchema, failOn: 'never' },
    io.stdout.isTTY === true,
    { ...io, cwd: process.cwd() },
  );
  heading(script.steps.convert);
  out(await readFile(targetSchema, 'utf8'));

  if (!withCluster) {
    out(renderTemplate(script.steps.skipped, { reason: '--no-cluster' }));
  } else {
    await clusterPart(script, targetSchema, out, heading);
  }
  out();
  out(renderTemplate(script.steps.done, { schema: targetSchema }));
  return ExitCode.Ok;
}

async function clusterPart(script: DemoScript, targetSchema: string, out: (line?: string) => void, heading: (t: string) => void): Promise<void> {
  heading(script.steps.cluster);
  let node: LocalCassandra | undefined;
  let emulator: StartedEmulator | undefined;
  let session: KeyspacesSession | undefined;
  const stateDir = await mkdtemp(join(tmpdir(), 'ksmig-demo-emulator-'));
  try {
    try {
      node = await startLocalCassandra({ log: (line) => out(`  ${line}`) });
    } catch (err) {
      out(renderTemplate(script.steps.skipped, { reason: (err as Error).message }));
      return;
    }
    out(`  Cassandra 5.0 on ${node.host}:${node.port} (ready in ${(node.startupMs / 1000).toFixed(1)} s)`);
    emulator = await runEmulator({
      backend: { host: node.host, port: node.port },
      listen: { host: '127.0.0.1', port: 0 },
      region: 'us-east-1',
      stateDir,
      maxSkewSeconds: 900,
      ddlDelaySeconds: 2,
    });
    out(`  Keyspaces emulator on ${emulator.host}:${emulator.port} (TLS, CA ${emulator.caPath})`);
    const [accessKeyId, secretAccessKey] = [...emulator.keys][0] ?? ['', ''];
    session = await connectKeyspaces({
      region: 'us-east-1',
      endpoint: emulator.host,
      port: emulator.port,
      ca: emulator.caPath,
      credentials: async () => ({ accessKeyId, secretAccessKey }),
    });

    heading(script.steps.apply);
    const parsed = parseScript(await readFile(targetSchema, 'utf8'));
    const result = await applySchema(session, parsed.statements, {
      pollMs: 250,
      activeTimeoutMs: 60_000,
      onEvent: (e) => {
        if (e.type === 'active') out(`  ${e.object}: ACTIVE after ${(e.waitedMs / 1000).toFixed(1)} s`);
        if (e.type === 'statement-failed') out(`  ${e.object}: failed: ${e.error}`);
      },
    });
    out(`  ${result.applied} statements applied, ${result.failed.length} failed`);

    heading(script.steps.behaviour);
    for (const s of script.statements) {
      out(`  ${s.say}:`);
      out(`    ${s.cql} [${s.consistency}]`);
      try {
        await session.client.execute(s.cql, [], { prepare: false, consistency: consistencyCode(s.consistency) });
        out(`    → accepted${s.expect === 'ok' ? '' : ' (Keyspaces would reject this)'}`);
      } catch (err) {
        out(`    → rejected: ${(err as Error).message}`);
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
