import { isAbsolute, join, resolve } from 'node:path';
import { cacheRoot } from '../../../tools/cassandra/fetch.mjs';
import { parseCapacity, parseHostPort, parseNonNegative, parsePartitioner, parsePositiveInteger, parseRegion } from '../../emulator/config.js';
import { DEFAULT_LIMITS, MIB } from '../../emulator/limits.js';
import type { EmulatorSettings } from '../../emulator/run.js';
import { usageError } from '../../shared/errors.js';
import { redact } from '../../shared/redact.js';
import { ExitCode } from '../../shared/exit-codes.js';
import type { CliIO } from '../io.js';
import { holdSignals } from '../signals.js';
import type { RegisterCommand } from './register.js';
import { escapeControl } from '../../shared/terminal-text.js';

interface EmulateFlags {
  backend: string;
  listen: string;
  region: string;
  partitioner?: string;
  keys?: string;
  tlsDir?: string;
  tlsCert?: string;
  tlsKey?: string;
  tlsCa?: string;
  stateDir?: string;
  writeCapacity?: string;
  readCapacity?: string;
  maxSkew: string;
  ddlDelay: string;
  backendUsername?: string;
  backendPassword?: string;
  maxConnections: string;
  authTimeout: string;
  idleTimeout: string;
  maxBufferedMib: string;
  json?: boolean;
}

/** Default state directory: `<cache root>/emulator` (`~/.cache/ksmig/emulator`). */
function defaultStateDir(env: NodeJS.ProcessEnv): string {
  return join(cacheRoot(env), 'emulator');
}

function settingsFrom(flags: EmulateFlags, io: CliIO): EmulatorSettings {
  const abs = (p: string): string => (isAbsolute(p) ? p : resolve(io.cwd, p));
  const tlsGiven = [flags.tlsCert, flags.tlsKey, flags.tlsCa].filter((v) => v !== undefined).length;
  if (tlsGiven !== 0 && tlsGiven !== 3) throw usageError('--tls-cert, --tls-key and --tls-ca: expected all three together, or none (a CA and certificate are then generated)');
  if (tlsGiven === 3 && flags.tlsDir !== undefined) throw usageError('--tls-dir: expected either --tls-dir or --tls-cert/--tls-key/--tls-ca, not both');
  const password = flags.backendPassword ?? io.env.KSMIG_BACKEND_PASSWORD;
  if (password !== undefined && flags.backendUsername === undefined) throw usageError('--backend-password: expected --backend-username as well');
  const settings: EmulatorSettings = {
    backend: {
      ...parseHostPort(flags.backend, '--backend'),
      ...(flags.backendUsername !== undefined ? { username: flags.backendUsername, password: password ?? '' } : {}),
    },
    listen: parseHostPort(flags.listen, '--listen', { allowZeroPort: true }),
    region: parseRegion(flags.region),
    ...(flags.partitioner !== undefined ? { partitioner: parsePartitioner(flags.partitioner) } : {}),
    stateDir: abs(flags.stateDir ?? defaultStateDir(io.env)),
    maxSkewSeconds: parseNonNegative(flags.maxSkew, '--max-skew', 'a number of seconds'),
    ddlDelaySeconds: parseNonNegative(flags.ddlDelay, '--ddl-delay', 'a number of seconds'),
    limits: {
      maxConnections: parsePositiveInteger(flags.maxConnections, '--max-connections', 'connections'),
      authTimeoutMs: parseNonNegative(flags.authTimeout, '--auth-timeout', 'a number of seconds') * 1000,
      idleTimeoutMs: parseNonNegative(flags.idleTimeout, '--idle-timeout', 'a number of seconds') * 1000,
      maxBufferedBytes: parsePositiveInteger(flags.maxBufferedMib, '--max-buffered-mib', 'MiB') * MIB,
    },
  };
  if (flags.keys !== undefined) settings.keysPath = abs(flags.keys);
  if (flags.tlsDir !== undefined) settings.tlsDir = abs(flags.tlsDir);
  if (flags.tlsCert && flags.tlsKey && flags.tlsCa) settings.tlsFiles = { cert: abs(flags.tlsCert), key: abs(flags.tlsKey), ca: abs(flags.tlsCa) };
  if (flags.writeCapacity !== undefined) settings.writeCapacity = parseCapacity(flags.writeCapacity, '--write-capacity');
  if (flags.readCapacity !== undefined) settings.readCapacity = parseCapacity(flags.readCapacity, '--read-capacity');
  return settings;
}

/** `ksmig emulate`: a local Amazon Keyspaces endpoint in front of a real Cassandra (src/emulator). */
export const register: RegisterCommand = (program, io, done) => {
  program
    .command('emulate')
    .description('run a local Amazon Keyspaces endpoint (TLS, SigV4, Keyspaces rules) in front of a real Cassandra')
    .requiredOption('--backend <host:port>', 'the Cassandra to forward to (e.g. from ksmig local start --json)')
    .option('--listen <host:port>', 'address to listen on (port 0 picks a free port)', '127.0.0.1:9142')
    .option('--region <region>', 'AWS Region the endpoint pretends to be (data center name, SigV4 scope)', 'us-east-1')
    .option('--partitioner <class>', 'partitioner system.local reports, as a Keyspaces account can use: Murmur3Partitioner (default), RandomPartitioner or com.amazonaws.cassandra.DefaultPartitioner')
    .option('--keys <file>', 'access keys, one "ACCESS_KEY_ID SECRET_ACCESS_KEY" per line (default: <state-dir>/keys, generated)')
    .option('--tls-dir <dir>', 'where the generated CA and server certificate are kept (default: <state-dir>/tls)')
    .option('--tls-cert <file>', 'server certificate (PEM) to use instead of a generated one')
    .option('--tls-key <file>', 'private key (PEM) of --tls-cert')
    .option('--tls-ca <file>', 'CA certificate (PEM) clients should trust for --tls-cert')
    .option('--state-dir <dir>', 'table settings that survive restarts, keys and certificates (default: ~/.cache/ksmig/emulator)')
    .option('--write-capacity <n>', 'write capacity units per second per table (default: unlimited)')
    .option('--read-capacity <n>', 'read capacity units per second per table (default: unlimited)')
    .option('--max-skew <seconds>', 'largest accepted clock difference of a SigV4 signature', '900')
    .option('--ddl-delay <seconds>', 'how long new tables stay CREATING before ACTIVE', '0')
    .option('--backend-username <name>', 'login for a backend that requires authentication')
    .option('--backend-password <password>', 'password for --backend-username (or set KSMIG_BACKEND_PASSWORD)')
    .option('--max-connections <n>', 'client connections open at once; the next one is closed at once', String(DEFAULT_LIMITS.maxConnections))
    .option('--auth-timeout <seconds>', 'close a connection not authenticated this long after its TLS handshake (0: never)', String(DEFAULT_LIMITS.authTimeoutMs / 1000))
    .option('--idle-timeout <seconds>', 'close an authenticated connection idle this long, with no request outstanding (0: never)', String(DEFAULT_LIMITS.idleTimeoutMs / 1000))
    .option('--max-buffered-mib <MiB>', 'memory for frames still being received, all connections together', String(DEFAULT_LIMITS.maxBufferedBytes / MIB))
    .option('--json', 'print one JSON line {"event":"listening","host","port","ca"} once listening')
    .action(async (flags: EmulateFlags) => {
      const settings = settingsFrom(flags, io);
      // Secrets are registered for redaction when the keys are read; a log line never carries one.
      settings.log = (line) => void io.stderr.write(`${escapeControl(redact(`ksmig emulate: ${new Date().toISOString()} ${line}`))}\n`);
      // Loaded on use: TLS certificate generation and the proxy would slow every other command's start-up.
      const { runEmulator } = await import('../../emulator/run.js');
      // Held from before the listener opens, so a signal at any moment stops the endpoint and exits 0.
      const held = holdSignals();
      try {
        const emulator = await runEmulator(settings);
        if (flags.json) {
          io.stdout.write(`${JSON.stringify({ event: 'listening', host: emulator.host, port: emulator.port, ca: emulator.caPath })}\n`);
        } else {
          io.stdout.write(
            [
              `ksmig emulate: Amazon Keyspaces endpoint on ${emulator.host}:${emulator.port} (Region ${settings.region}) → Cassandra ${settings.backend.host}:${settings.backend.port}`,
              `  CA certificate: ${emulator.caPath}`,
              `  access keys:    ${emulator.keysPath} (${[...emulator.keys.keys()].join(', ')}; secrets in the file)`,
              '  Stop with Ctrl-C.',
              '',
            ].join('\n'),
          );
        }
        await held.received;
        await emulator.close();
      } finally {
        held.release();
      }
      done(ExitCode.Ok);
    });
};
