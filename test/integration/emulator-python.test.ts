// Third-party clients through `ksmig emulate`: the Python cassandra-driver from PyPI (with a SigV4
// authenticator written in the test script) and cqlsh from PyPI (service-specific credentials, --ssl).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePythonEnv, type PythonEnv } from './python/venv.js';
import { startEmulator, type TestEmulator } from './helpers/emulator.js';

const run = promisify(execFile);
const SCRIPT = fileURLToPath(new URL('./python/driver_session.py', import.meta.url));

let py: PythonEnv;
let emu: TestEmulator;

beforeAll(async () => {
  py = await ensurePythonEnv();
  emu = await startEmulator({ region: 'ap-southeast-2' });
}, 600_000);

afterAll(async () => {
  await emu?.stop();
});

/**
 * The requests of a transcript, with each run of consecutive QUERYs collapsed to one `>QUERY*`:
 * how many discovery and schema-agreement queries the Python driver sends depends on whether the
 * schema just changed and on timing; the protocol shape around them does not.
 */
function requestShape(transcript: string[]): string[] {
  const out: string[] = [];
  for (const op of transcript) {
    if (!op.startsWith('>')) continue;
    const token = op === '>QUERY' ? '>QUERY*' : op;
    if (token === '>QUERY*' && out[out.length - 1] === '>QUERY*') continue;
    out.push(token);
  }
  return out;
}

/** Transcripts of connections opened since `before`, in connection order. */
function newTranscripts(before: Set<number>): string[][] {
  return [...emu.transcripts.entries()].filter(([id]) => !before.has(id)).sort(([a], [b]) => a - b).map(([, t]) => t);
}

async function pythonSession(mode = 'sigv4'): Promise<Record<string, unknown>> {
  const { stdout } = await run(py.python, [SCRIPT, '127.0.0.1', String(emu.port), emu.caPath, emu.region, emu.accessKeyId, emu.secret, mode], {
    env: py.env,
    timeout: 90_000,
  });
  const last = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as Record<string, unknown>;
}

describe('Python cassandra-driver (PyPI) through the emulator', () => {
  it('connects with SigV4 over TLS after downgrading from v5, sees one node, reads and writes, and gets Keyspaces’ consistency error', async () => {
    const before = new Set(emu.transcripts.keys());
    const out = await pythonSession();
    expect(out).toEqual({
      protocol_version: 4,
      local: { data_center: 'ap-southeast-2', release_version: '3.11.2', cql_version: '3.4.4', partitioner: 'org.apache.cassandra.dht.Murmur3Partitioner' },
      peers: 0,
      hosts: [`127.0.0.1:${emu.port} ap-southeast-2 3.11.2`],
      value: 'seven',
      write_at_one:
        'Error from server: code=2200 [Invalid query] message="Consistency level ONE is not supported for this operation. Supported consistency levels are: LOCAL_QUORUM"',
    });
    const sessions = newTranscripts(before);
    // Golden transcript. The driver tries newer protocol versions first and is refused each time
    // (one connection each), then opens the control connection and one pool connection with v4.
    // Answers to pipelined requests may interleave, so the requests' order is compared, and every
    // request must have had its answer.
    expect(sessions.map(requestShape)).toEqual(PYTHON_DRIVER_REQUESTS);
    // (Schema-change EVENTs pushed to the registered control connection are not answers.)
    for (const t of sessions.slice(3)) {
      expect(t.filter((op) => op.startsWith('<') && op !== '<EVENT')).toHaveLength(t.filter((op) => op.startsWith('>')).length);
    }
    expect(sessions.slice(0, 3)).toEqual([['<ERROR'], ['<ERROR'], ['<ERROR']]);
  });

  it('is refused with Keyspaces’ text when the secret is wrong', async () => {
    const out = await pythonSession('wrong-secret');
    expect(String(out.error)).toContain('Authentication failure: Invalid signature');
  });
});

describe('cqlsh (PyPI) through the emulator', () => {
  const cqlsh = async (args: string[]): Promise<{ stdout: string; stderr: string; code: number }> => {
    try {
      const r = await run(py.cqlsh, ['127.0.0.1', String(emu.port), '--ssl', '--connect-timeout', '20', ...args], {
        env: { ...py.env, SSL_CERTFILE: emu.caPath, SSL_VALIDATE: 'true', CQLSH_NO_BUNDLED: 'TRUE', HOME: emu.stateDir },
        timeout: 90_000,
      });
      return { ...r, code: 0 };
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string; code?: number };
      return { stdout: e.stdout ?? '', stderr: e.stderr ?? '', code: e.code ?? 1 };
    }
  };

  it('logs in with service-specific credentials and shows the Keyspaces versions', async () => {
    const before = new Set(emu.transcripts.keys());
    const r = await cqlsh(['-u', emu.accessKeyId, '-p', emu.secret, '-e', "SHOW VERSION; SELECT data_center FROM system.local WHERE key = 'local';"]);
    // cqlsh warns about -p on the command line; anything else on stderr is a failure.
    expect(r.stderr.replace(/Warning: Using a password on the command line interface can be insecure\.\s*Recommendation: use the credentials file to securely provide the password\.\s*/, '').trim()).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[cqlsh 6.2.2 | Cassandra 3.11.2 | CQL spec 3.4.4 | Native protocol v4]');
    expect(r.stdout).toMatch(/data_center\s*\n-+\s*\n\s*ap-southeast-2/);
    const sessions = newTranscripts(before);
    // Golden transcript (requests per connection; cqlsh is built on the same Python driver).
    expect(sessions.map(requestShape)).toEqual(CQLSH_REQUESTS);
  });

  it('gets Keyspaces’ consistency error for a write at cqlsh’s default ONE, and succeeds at LOCAL_QUORUM', async () => {
    const setup = "CREATE KEYSPACE IF NOT EXISTS emu_cqlsh WITH replication = {'class': 'SingleRegionStrategy'}; CREATE TABLE IF NOT EXISTS emu_cqlsh.kv (k int PRIMARY KEY, v text);";
    const atOne = await cqlsh(['-u', emu.accessKeyId, '-p', emu.secret, '-e', `${setup} INSERT INTO emu_cqlsh.kv (k, v) VALUES (1, 'one');`]);
    expect(atOne.code).not.toBe(0);
    expect(atOne.stderr).toContain(
      'code=2200 [Invalid query] message="Consistency level ONE is not supported for this operation. Supported consistency levels are: LOCAL_QUORUM"',
    );
    const atQuorum = await cqlsh([
      '-u', emu.accessKeyId, '-p', emu.secret, '-e',
      "CONSISTENCY LOCAL_QUORUM; INSERT INTO emu_cqlsh.kv (k, v) VALUES (1, 'one'); SELECT v FROM emu_cqlsh.kv WHERE k = 1;",
    ]);
    expect(atQuorum.code).toBe(0);
    expect(atQuorum.stdout).toMatch(/v\s*\n-+\s*\n\s*one/);
  });

  it('is refused with Keyspaces’ text for a wrong password', async () => {
    const r = await cqlsh(['-u', emu.accessKeyId, '-p', 'not-the-password', '-e', 'SHOW VERSION']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`Provided username ${emu.accessKeyId} and/or password are incorrect`);
    expect(r.stderr).not.toContain(emu.secret);
  });
});

const HANDSHAKE = ['>OPTIONS', '>STARTUP', '>AUTH_RESPONSE', '>AUTH_RESPONSE'];

/** Recorded from cassandra-driver 3.30.1 (Python) against the emulator: request shape per connection. */
const PYTHON_DRIVER_REQUESTS: string[][] = [
  [], // refused protocol versions above v4
  [],
  [],
  // Control connection: REGISTER, then system.local/peers and schema discovery.
  [...HANDSHAKE, '>REGISTER', '>QUERY*'],
  // Pool connection: system-table reads, DDL (and schema agreement), prepared INSERT and SELECT, the refused write.
  [...HANDSHAKE, '>QUERY*', '>PREPARE', '>EXECUTE', '>PREPARE', '>EXECUTE', '>QUERY*'],
];

/** Recorded from cqlsh 6.2.2 (PyPI) with -u/-p and -e "SHOW VERSION; SELECT …": request shape per connection. */
const CQLSH_REQUESTS: string[][] = [
  [],
  [],
  [],
  ['>OPTIONS', '>STARTUP', '>AUTH_RESPONSE', '>REGISTER', '>QUERY*'],
  ['>OPTIONS', '>STARTUP', '>AUTH_RESPONSE', '>QUERY*'],
];
