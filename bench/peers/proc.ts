// Runs a benchmarked command as a fresh process and measures it: wall time and peak resident memory
// of its whole process tree (cqlsh COPY forks worker processes; a JVM is one process). Linux only:
// the tree is read from /proc every SAMPLE_MS, and each process's own high-water mark (VmHWM) is
// kept too, so a short spike of a single process is not missed between samples. Where GNU time is
// installed, each command runs under `/usr/bin/time -f %M`, whose figure (the largest single
// process of the tree) also counts, so a process that ends before the first sample is not 0 MiB.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SAMPLE_MS = 100;

export interface Command {
  cmd: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export interface Measured {
  seconds: number;
  /** Exit code of each command, in order (null when killed by a signal). */
  codes: (number | null)[];
  /** Peak resident memory of all the commands' process trees together, MiB. */
  peakRssMiB: number;
  /** Each command's stdout and stderr interleaved as they arrived (the last 1 MiB of each). */
  outputs: string[];
  /** Each command's stdout alone (the last 1 MiB), for line-oriented parsing. */
  stdouts: string[];
}

async function readProcTable(): Promise<Map<number, number>> {
  // pid → ppid for every process we can see.
  const parents = new Map<number, number>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8');
      // Field 4 (ppid) follows the parenthesised command name, which may itself contain spaces.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(rest[1]));
    } catch {
      // the process exited while we looked
    }
  }
  return parents;
}

function descendants(roots: readonly number[], parents: Map<number, number>): Set<number> {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) {
    const list = children.get(ppid) ?? [];
    list.push(pid);
    children.set(ppid, list);
  }
  const out = new Set<number>();
  const stack = [...roots];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (out.has(pid)) continue;
    out.add(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

async function memoryOf(pid: number): Promise<{ rss: number; hwm: number } | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+) kB/.exec(status);
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    if (!rss) return undefined;
    return { rss: Number(rss[1]) * 1024, hwm: hwm ? Number(hwm[1]) * 1024 : 0 };
  } catch {
    return undefined;
  }
}

/** Samples the resident memory of the process trees under `roots` until stopped. */
class TreeSampler {
  private peak = 0;
  private stopped = false;
  private readonly done: Promise<void>;

  constructor(private readonly roots: number[]) {
    this.done = this.loop();
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      const pids = descendants(this.roots, await readProcTable());
      let sum = 0;
      for (const pid of pids) {
        const m = await memoryOf(pid);
        if (!m) continue;
        sum += m.rss;
        this.peak = Math.max(this.peak, m.hwm);
      }
      this.peak = Math.max(this.peak, sum);
      await new Promise((r) => setTimeout(r, SAMPLE_MS));
    }
  }

  async stop(): Promise<number> {
    this.stopped = true;
    await this.done;
    return this.peak;
  }
}

const KEEP = 1 << 20;
const GNU_TIME = '/usr/bin/time';
const HAVE_GNU_TIME = existsSync(GNU_TIME);

/**
 * Starts every command at once, waits for all of them and measures them together (wall time from
 * the first spawn to the last exit; peak memory of all their trees summed). With `logFile`, every
 * output line is also appended there.
 */
export async function runMeasured(commands: readonly Command[], logFile?: string): Promise<Measured> {
  const log = logFile ? createWriteStream(logFile, { flags: 'a' }) : undefined;
  const started = process.hrtime.bigint();
  const outputs = commands.map(() => '');
  const stdouts = commands.map(() => '');
  const timeFiles = commands.map(() => (HAVE_GNU_TIME ? join(tmpdir(), `ksmig-bench-time-${process.pid}-${randomBytes(4).toString('hex')}`) : undefined));
  const children = commands.map((c, i) => {
    log?.write(`$ ${c.cmd} ${c.args.join(' ')}\n`);
    const timeFile = timeFiles[i];
    const [cmd, args] = timeFile ? [GNU_TIME, ['-f', '%M', '-o', timeFile, c.cmd, ...c.args]] : [c.cmd, c.args];
    const child = spawn(cmd, args, { cwd: c.cwd, env: c.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer): void => {
      outputs[i] = (outputs[i] + chunk.toString('utf8')).slice(-KEEP);
      log?.write(chunk);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      stdouts[i] = (stdouts[i] + chunk.toString('utf8')).slice(-KEEP);
      keep(chunk);
    });
    child.stderr.on('data', keep);
    return child;
  });
  const sampler = new TreeSampler(children.map((c) => c.pid).filter((p): p is number => p !== undefined));
  const codes = await Promise.all(
    children.map(
      (child, i) =>
        new Promise<number | null>((resolve, reject) => {
          child.on('error', (err) => reject(new Error(`could not run ${commands[i]?.cmd}: ${err.message}`)));
          child.on('close', (code) => resolve(code));
        }),
    ),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let peak = await sampler.stop();
  for (const file of timeFiles) {
    if (!file) continue;
    // GNU time writes "Command exited with non-zero status N" before the figure when it fails.
    const kib = Number((await readFile(file, 'utf8').catch(() => '')).trim().split('\n').pop());
    if (Number.isFinite(kib)) peak = Math.max(peak, kib * 1024);
    await rm(file, { force: true });
  }
  if (log) await new Promise<void>((r) => log.end(() => r()));
  return { seconds, codes, peakRssMiB: peak / 2 ** 20, outputs, stdouts };
}

/** One command; throws with its output's tail when it exits non-zero (unless `allowFailure`). */
export async function runOne(command: Command, logFile?: string, allowFailure = false): Promise<Measured & { output: string; code: number | null }> {
  const m = await runMeasured([command], logFile);
  const output = m.outputs[0] ?? '';
  const code = m.codes[0] ?? null;
  if (code !== 0 && !allowFailure) {
    throw new Error(`${command.cmd} ${command.args.join(' ')} exited ${code}:\n${output.slice(-4000)}`);
  }
  return { ...m, output, code };
}
