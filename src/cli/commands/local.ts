import { resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { CASSANDRA_VERSION } from '../../../tools/cassandra/fetch.mjs';
import { DEFAULT_HEAP, DEFAULT_SUPERUSER, isHeapSize } from '../../local/config.js';
import { defaultLocalDir } from '../../local/paths.js';
import type { LocalCassandra } from '../../local/server.js';
import { parsePort } from '../../local/ports.js';
import { ExitCode } from '../../shared/exit-codes.js';
import type { CliIO } from '../io.js';
import { holdSignals, type HeldSignals } from '../signals.js';
import type { RegisterCommand } from './register.js';

interface StartFlags {
  port?: number;
  dir?: string;
  detach?: boolean;
  json?: boolean;
  heap: string;
  auth?: boolean;
}

/** `--dir` resolved against the working directory, or the default instance directory. */
function instanceDir(dir: string | undefined, io: CliIO): string {
  return dir === undefined ? defaultLocalDir(io.env) : resolve(io.cwd, dir);
}

function portArg(value: string): number {
  const port = parsePort(value);
  if (port === undefined) throw new InvalidArgumentError('expected a TCP port number from 0 to 65535 (0 picks a free port)');
  return port;
}

function heapArg(value: string): string {
  if (!isHeapSize(value)) throw new InvalidArgumentError('expected a heap size such as 512m, 1g or 2g');
  return value;
}

/** `ksmig local start|stop|status`: a real Apache Cassandra 5.0 on loopback (src/local). */
export const register: RegisterCommand = (program, io, done) => {
  const local = program
    .command('local')
    .description(`run a real Apache Cassandra ${CASSANDRA_VERSION} on 127.0.0.1 (jars from Maven Central, OpenJDK 17 or 11)`);

  local
    .command('start')
    .description('start a node and wait until it answers CQL')
    .option('--port <n>', 'CQL port on 127.0.0.1 (default: a free port)', portArg)
    .option('--dir <dir>', `instance directory: config, data, logs, state (default: ${defaultLocalDir(io.env)})`)
    .option('--detach', 'leave the node running in the background and return once it is ready')
    .option('--json', 'print one JSON line {"host","port","pid","dir"} once ready')
    .option('--heap <size>', 'maximum JVM heap (-Xmx; the initial heap is at most 256m)', heapArg, DEFAULT_HEAP)
    .option('--auth', `require a login (PasswordAuthenticator; superuser ${DEFAULT_SUPERUSER.username}/${DEFAULT_SUPERUSER.password})`)
    .action(async (flags: StartFlags) => done(await start(flags, io)));

  local
    .command('stop')
    .description('stop the node running in a directory (SIGTERM, then SIGKILL after 30 s)')
    .option('--dir <dir>', `instance directory (default: ${defaultLocalDir(io.env)})`)
    .option('--json', 'print one JSON line {"stopped":bool,"pid":P,"dir":"D"}')
    .action(async (flags: { dir?: string; json?: boolean }) => {
      const dir = instanceDir(flags.dir, io);
      const { stopLocalCassandra } = await import('../../local/server.js');
      const pid = await stopLocalCassandra(dir);
      if (flags.json) io.stdout.write(`${JSON.stringify({ stopped: pid !== undefined, ...(pid === undefined ? {} : { pid }), dir })}\n`);
      else io.stdout.write(pid === undefined ? `No local Cassandra is running in ${dir}.\n` : `Stopped Apache Cassandra (pid ${pid}) in ${dir}.\n`);
      done(ExitCode.Ok);
    });

  local
    .command('status')
    .description('show whether a node is running (exit 0 running, 3 not running)')
    .option('--dir <dir>', `instance directory (default: ${defaultLocalDir(io.env)})`)
    .option('--json', 'print one JSON line {"running":bool,"host","port","pid","dir"}')
    .action(async (flags: { dir?: string; json?: boolean }) => {
      const dir = instanceDir(flags.dir, io);
      const { localStatus } = await import('../../local/server.js');
      const status = await localStatus(dir);
      if (flags.json) {
        io.stdout.write(`${JSON.stringify(status.running
          ? { running: true, state: status.state, host: status.host, port: status.port, pid: status.pid, dir: status.dir }
          : { running: false, dir: status.dir })}\n`);
      } else if (status.running) {
        io.stdout.write(`Apache Cassandra is ${status.state} on ${status.host}:${status.port} (pid ${status.pid}) in ${status.dir}.\n`);
        io.stdout.write(`  log: ${status.logFile}\n`);
      } else {
        io.stdout.write(`No local Cassandra is running in ${status.dir}.\n`);
      }
      done(status.running ? ExitCode.Ok : ExitCode.Aborted);
    });
};

async function start(flags: StartFlags, io: CliIO): Promise<number> {
  const dir = instanceDir(flags.dir, io);
  const detach = flags.detach ?? false;
  // Loaded on use: the driver and process code are not needed by other commands.
  const { startLocalCassandra } = await import('../../local/server.js');
  // A signal during startup stops the JVM before ksmig exits (foreground: exit 0 as for any stop; --detach: 4).
  const held = holdSignals();
  try {
    let node: LocalCassandra;
    try {
      node = await startLocalCassandra({
        dir,
        port: flags.port ?? 0,
        heap: flags.heap,
        auth: flags.auth ?? false,
        detach,
        env: io.env,
        log: (line) => void io.stderr.write(`${line}\n`),
        signal: held.signal,
      });
    } catch (err) {
      if (held.signal.aborted && !detach) return ExitCode.Ok;
      throw err;
    }
    if (flags.json) io.stdout.write(`${JSON.stringify({ host: node.host, port: node.port, pid: node.pid, dir: node.dir })}\n`);
    else printReady(node, detach, io);
    if (detach) return ExitCode.Ok;
    return await runInForeground(node, held, io, flags.json ?? false);
  } finally {
    held.release();
  }
}

function printReady(node: LocalCassandra, detach: boolean, io: CliIO): void {
  const login = node.auth ? ` -u ${DEFAULT_SUPERUSER.username} -p ${DEFAULT_SUPERUSER.password}` : '';
  io.stdout.write(
    [
      `Apache Cassandra ${CASSANDRA_VERSION} is ready on ${node.host}:${node.port} (pid ${node.pid}, started in ${(node.startupMs / 1000).toFixed(1)} s).`,
      `  dir:     ${node.dir}`,
      `  log:     ${node.logFile}`,
      `  connect: cqlsh ${node.host} ${node.port}${login}`,
      detach ? `  stop:    ksmig local stop --dir ${node.dir}` : '  Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

/** Waits for SIGINT/SIGTERM (then stops the node, exit 0) or for the node to die (exit 3). */
async function runInForeground(node: LocalCassandra, held: HeldSignals, io: CliIO, json: boolean): Promise<number> {
  const outcome = await Promise.race([held.received.then(() => 'signal' as const), node.exited]);
  if (outcome === 'signal') {
    if (!json) io.stderr.write('Stopping Apache Cassandra…\n');
    await node.stop();
    if (!json) io.stderr.write('Stopped.\n');
    return ExitCode.Ok;
  }
  await node.stop();
  io.stderr.write(`ksmig: Apache Cassandra exited unexpectedly (${outcome.signal ?? `code ${outcome.code}`}); see ${node.logFile}\n`);
  return ExitCode.Aborted;
}
