import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectKeyspaces, type KeyspacesSession } from '../../src/clusters/keyspaces-session.js';
import { applySchema, type ApplyEvent } from '../../src/workflows/schema-apply.js';
import { convertSchema } from '../../src/convert/target-schema.js';
import { parseScript } from '../../src/cql/parse.js';
import { loadRules } from '../../src/rules/load.js';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, spawnCli } from '../helpers/cli.js';
import { startEmulator, type TestEmulator } from './helpers/emulator.js';

// The converted demo schema applied to the Keyspaces emulator (SigV4 over TLS, asynchronous DDL),
// waiting until every table is ACTIVE.
describe('converted schema applied through ksmig emulate', () => {
  let emulator: TestEmulator;
  let session: KeyspacesSession;

  beforeAll(async () => {
    emulator = await startEmulator({ ddlDelaySeconds: 1 });
    session = await connectKeyspaces({
      region: emulator.region,
      endpoint: emulator.host,
      port: emulator.port,
      ca: emulator.caPath,
      credentials: async () => ({ accessKeyId: emulator.accessKeyId, secretAccessKey: emulator.secret }),
    });
  });

  afterAll(async () => {
    await session?.execute('DROP KEYSPACE IF EXISTS shop', [], { prepare: false }).catch(() => undefined);
    await session?.shutdown();
    await emulator?.stop();
  });

  it('creates every table and waits until each is ACTIVE', async () => {
    const parsed = parseScript(readFileSync(`${repoRoot}fixtures/demo/schema.cql`, 'utf8'));
    const target = parseScript(convertSchema(parsed.statements, { rules: loadRules() }).text);
    expect(target.errors).toEqual([]);
    const events: ApplyEvent[] = [];
    const result = await applySchema(session, target.statements, { pollMs: 200, activeTimeoutMs: 30_000, onEvent: (e) => events.push(e) });
    expect(result.failed).toEqual([]);
    expect(result.timedOut).toEqual([]);
    expect(result.active.map((a) => a.object).sort()).toEqual([
      'keyspace shop',
      'table shop.customers',
      'table shop.orders',
      'table shop.page_views',
      'table shop.sessions',
    ]);
    // The emulator keeps new tables CREATING for --ddl-delay; apply must have waited through it.
    expect(events.some((e) => e.type === 'waiting' && e.status === 'CREATING')).toBe(true);
    const tables = await session.execute("SELECT table_name, status FROM system_schema_mcs.tables WHERE keyspace_name = 'shop'", [], { prepare: false });
    expect(tables.rows.map((r) => [r['table_name'], r['status']]).sort()).toEqual([
      ['customers', 'ACTIVE'],
      ['orders', 'ACTIVE'],
      ['page_views', 'ACTIVE'],
      ['sessions', 'ACTIVE'],
    ]);
    // TTL was enabled on sessions because the schema's statements write it with USING TTL.
    await session.execute("INSERT INTO shop.sessions (session_token, data) VALUES ('t', 0xcafe) USING TTL 60");
  });

  it('works from the command line: ksmig schema apply (SigV4 credentials from the standard AWS chain)', async () => {
    const parsed = parseScript(readFileSync(`${repoRoot}fixtures/demo/schema.cql`, 'utf8'));
    const file = join(await mkdtemp(join(tmpdir(), 'ksmig-apply-')), 'keyspaces.cql');
    await writeFile(file, convertSchema(parsed.statements, { rules: loadRules() }).text);
    const env = { ...process.env, AWS_ACCESS_KEY_ID: emulator.accessKeyId, AWS_SECRET_ACCESS_KEY: emulator.secret, AWS_PROFILE: '', AWS_REGION: '' };
    const target = ['--endpoint', emulator.host, '--port', String(emulator.port), '--region', emulator.region, '--ca', emulator.caPath];
    const r = await spawnCli(['schema', 'apply', file, ...target, '--json'], { env, timeoutMs: 90_000 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type?: string; event?: string; failed?: number; active?: number });
    expect(events.at(-1)).toMatchObject({ event: 'done', failed: 0, active: 5 });
    expect(r.stdout).not.toContain(emulator.secret);
    const badPort = await spawnCli(['schema', 'apply', file, '--port', '99999'], { env });
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toContain('--port expects a port number from 1 to 65535');
  }, 120_000);
});
