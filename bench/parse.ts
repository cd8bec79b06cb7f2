/**
 * Parser benchmark (`npm run bench:parse`): statements per second on a seeded, generated mix of
 * DDL and DML and on short DML alone, cold (a fresh process, as a user runs it) and warm (after a
 * fixed warm-up), next to Apache Cassandra 5.0's own parser over the same statements in the same
 * run (tools/parse-bench/CqlParseBench.java, compiled with `javac` into ksmig's cache, run on
 * Java 17 with the jars `ksmig local` uses). Also the SLL→LL fallback rate, peak memory, and a
 * lexer-only pass (the ceiling of the parse-tree design).
 *
 * Every figure comes from fresh processes, ours and Cassandra's alternating in the same minutes,
 * several rounds (`--rounds`, default 3); the best and the median of the rounds are printed with
 * the load average. Rates are statements per CPU-second of the measuring process (all its threads:
 * process.cpuUsage in Node, getProcessCpuTime in the JVM), steadier than wall time on a shared
 * machine; cold start is wall time from spawning the process to the first statement parsed.
 *
 *   npm run bench:parse [-- --statements N] [--seed S] [--rounds R] [--no-java] [--v8-default] [--dist DIR]
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as ParseModule from '../src/cql/parse.js';
import type * as ParseTreeModule from '../src/cql/parse-tree.js';
import type * as TokensModule from '../src/cql/tokens.js';
import { findJava } from '../src/local/java.js';
import { cacheRoot, cassandraLibDir, CASSANDRA_VERSION, checkComplete, ensureCassandraRuntime } from '../tools/cassandra/fetch.mjs';
import { rng as seededRng } from './random.js';

// The parser under test is the compiled one in dist/ (what users run; `npm run bench:parse` builds
// it first): running the TypeScript sources through a loader measures the loader too.
const distAt = process.argv.indexOf('--dist');
/** `--dist <dir>`: another build's dist/ (e.g. an older checkout's), measured by the same harness. */
const dist = distAt >= 0 ? new URL('cql/', pathToFileURL(`${process.argv[distAt + 1]!.replace(/\/$/, '')}/`)) : new URL('../dist/cql/', import.meta.url);
const JAVA_SOURCE = fileURLToPath(new URL('../tools/parse-bench/CqlParseBench.java', import.meta.url));
/**
 * How ksmig runs (bin/ksmig.js sets it): without V8's allocation-site pretenuring, whose decisions
 * made the same parse run at half speed in some processes (see docs/benchmarks.md).
 */
const KSMIG_V8_FLAGS = ['--no-allocation-site-pretenuring'];

// ---------------------------------------------------------------------------------------------
// Seeded statement generator

type Rng = () => number;


const WORDS = ['user', 'order', 'item', 'event', 'session', 'account', 'metric', 'device', 'price', 'status', 'name', 'email'];
const TYPES = ['int', 'bigint', 'text', 'timestamp', 'uuid', 'boolean', 'double', 'decimal', 'blob', 'list<text>', 'set<int>', 'map<text, int>', 'frozen<tuple<int, text>>'];

function gen(rng: Rng) {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
  const int = (max: number): number => Math.floor(rng() * max);
  const ident = (): string => `${pick(WORDS)}_${int(50)}`;
  const table = (): string => (rng() < 0.5 ? `ks_${int(5)}.${ident()}` : ident());
  const literal = (): string => {
    switch (int(6)) {
      case 0: return String(int(100000));
      case 1: return `'${pick(WORDS)} ${int(1000)}'`;
      case 2: return '?';
      case 3: return `:${ident()}`;
      case 4: return `${(rng() * 1000).toFixed(3)}`;
      default: return '5a1c395e-b41f-11e5-9f22-ba0be0483c18';
    }
  };
  const cols = (n: number): string[] => Array.from({ length: n }, ident);
  // Column names of one table: a name drawn twice gets a suffix (no extra draw, so the rest of the
  // seeded mix stays the same), since Cassandra rejects a column defined twice.
  const distinctCols = (n: number): string[] => {
    const seen = new Set<string>();
    return cols(n).map((c) => {
      let name = c;
      for (let k = 2; seen.has(name); k++) name = `${c}_${k}`;
      seen.add(name);
      return name;
    });
  };

  const shortDml = (): string => {
    switch (int(4)) {
      case 0: return `SELECT ${cols(1 + int(3)).join(', ')} FROM ${table()} WHERE ${ident()} = ${literal()}`;
      case 1: {
        const c = cols(2 + int(3));
        return `INSERT INTO ${table()} (${c.join(', ')}) VALUES (${c.map(literal).join(', ')})`;
      }
      case 2: return `UPDATE ${table()} SET ${ident()} = ${literal()} WHERE ${ident()} = ${literal()}`;
      default: return `DELETE FROM ${table()} WHERE ${ident()} = ${literal()}`;
    }
  };
  const longDml = (): string => {
    switch (int(3)) {
      case 0:
        return `SELECT ${cols(4 + int(6)).join(', ')}, count(*), writetime(${ident()}) FROM ${table()} WHERE ${ident()} IN (${cols(3).map(literal).join(', ')}) AND ${ident()} > ${literal()} AND ${ident()} <= ${literal()} GROUP BY ${ident()} ORDER BY ${ident()} DESC LIMIT ${int(500)} ALLOW FILTERING`;
      case 1: {
        const c = cols(6 + int(6));
        return `INSERT INTO ${table()} (${c.join(', ')}) VALUES (${c.map(literal).join(', ')}) IF NOT EXISTS USING TTL ${int(86400)} AND TIMESTAMP ${int(1e9)}`;
      }
      default: {
        const child = (): string => {
          const s = shortDml();
          return s.startsWith('SELECT') ? `UPDATE ${table()} SET ${ident()} = ${literal()} WHERE ${ident()} = ${literal()}` : s;
        };
        const body = Array.from({ length: 2 + int(4) }, () => `  ${child()};`);
        return `BEGIN BATCH\n${body.join('\n')}\nAPPLY BATCH`;
      }
    }
  };
  const ddl = (): string => {
    switch (int(6)) {
      case 0: {
        const c = distinctCols(3 + int(8));
        return `CREATE TABLE IF NOT EXISTS ${table()} (\n${c.map((n) => `  ${n} ${pick(TYPES)},`).join('\n')}\n  PRIMARY KEY ((${c[0]}), ${c[1]})\n) WITH CLUSTERING ORDER BY (${c[1]} DESC) AND compaction = {'class': 'LeveledCompactionStrategy'} AND default_time_to_live = ${int(1000)} AND comment = '${pick(WORDS)}'`;
      }
      case 1: return `CREATE KEYSPACE IF NOT EXISTS ks_${int(100)} WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': ${1 + int(3)}} AND durable_writes = true`;
      case 2: return `CREATE INDEX IF NOT EXISTS ${ident()} ON ${table()} (${rng() < 0.5 ? ident() : `KEYS(${ident()})`}) USING 'sai'`;
      case 3: return `ALTER TABLE ${table()} ADD ${ident()} ${pick(TYPES)}`;
      case 4: return `CREATE TYPE IF NOT EXISTS ${ident()} (${cols(2 + int(4)).map((n) => `${n} ${pick(TYPES)}`).join(', ')})`;
      default: return `GRANT ${pick(['SELECT', 'MODIFY', 'ALTER'])} ON KEYSPACE ks_${int(5)} TO ${ident()}`;
    }
  };
  return { shortDml, longDml, ddl };
}

interface Mix {
  script: string;
  /** The statements of `script`, without their `;`. */
  list: string[];
  statements: number;
  composition: Record<string, number>;
  meanLength: number;
}

export function mix(seed: number, n: number): Mix {
  const rng = seededRng(seed);
  const g = gen(rng);
  const composition: Record<string, number> = { 'short DML': 0, 'long DML (incl. batches)': 0, DDL: 0 };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng();
    if (r < 0.55) {
      out.push(g.shortDml());
      composition['short DML']!++;
    } else if (r < 0.75) {
      out.push(g.longDml());
      composition['long DML (incl. batches)']!++;
    } else {
      out.push(g.ddl());
      composition.DDL!++;
    }
  }
  return { script: `${out.join(';\n')};\n`, list: out, statements: n, composition, meanLength: out.reduce((s, x) => s + x.length, 0) / n };
}

export function shortDmlMix(seed: number, n: number): Mix {
  const g = gen(seededRng(seed));
  const out = Array.from({ length: n }, g.shortDml);
  return { script: `${out.join(';\n')};\n`, list: out, statements: n, composition: { 'short DML': n }, meanLength: out.reduce((s, x) => s + x.length, 0) / n };
}

// ---------------------------------------------------------------------------------------------
// The corpus, written once per run for every child process (ours and Cassandra's)

interface CorpusFiles {
  dir: string;
  /** The measured mix, as one script and as NUL-separated statements. */
  mixScript: string;
  mixList: string;
  shortScript: string;
  shortList: string;
  /** The warm-up: a mix and short DML of other seeds, as statements (and the mix as a script). */
  warmList: string;
  warmScript: string;
  /** The first statement a cold process parses (short DML), then a schema statement. */
  firstDml: string;
  firstDdl: string;
}

function writeCorpus(dir: string, seed: number, n: number): { files: CorpusFiles; mix: Mix; short: Mix } {
  const m = mix(seed, n);
  const short = shortDmlMix(seed + 3, 20000);
  const warmMix = mix(seed + 1, 2000);
  const warmShort = shortDmlMix(seed + 4, 20000);
  const file = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const firstDdl = m.list.find((s) => s.startsWith('CREATE TABLE')) ?? m.list[0]!;
  return {
    mix: m,
    short,
    files: {
      dir,
      mixScript: file('mix.cql', m.script),
      mixList: file('mix.nul', m.list.join('\0')),
      shortScript: file('short.cql', short.script),
      shortList: file('short.nul', short.list.join('\0')),
      warmList: file('warm.nul', [...warmMix.list, ...warmShort.list].join('\0')),
      warmScript: file('warm.cql', warmMix.script),
      firstDml: short.list[0]!,
      firstDdl,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Measurement

/** Passes over the warm-up statements (the JVM needs about ten before its compiled code settles). */
const WARM_PASSES = 15;
const PASSES = 5;
/** The JVM counts process CPU time in 10 ms ticks: each of its passes goes over the corpus this many times (figures are per corpus). */
const JAVA_REPEAT = 5;

function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

/** CPU ms of each of `passes` runs of `fn`. */
function passes(count: number, fn: () => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const c0 = cpuMs();
    fn();
    out.push(cpuMs() - c0);
  }
  return out;
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

interface WarmResult {
  /** CPU ms per pass, by measure. */
  ms: Record<string, number[]>;
  statements: Record<string, number>;
  fallbacks: number;
  errors: number;
  maxRssKb: number;
}

/** In a fresh process: the warm measures of ksmig's parser (see `main` for what each is). */
async function childWarm(files: CorpusFiles): Promise<void> {
  if (!existsSync(new URL('parse.js', dist))) throw new Error('dist/cql/parse.js is missing: run `npm run build` first');
  const parse = (await import(new URL('parse.js', dist).href)) as Partial<typeof ParseModule> & Pick<typeof ParseModule, 'parseScript'>;
  const { parseScript } = parse;
  // A build without the DML shortcut has only the full parse.
  const parseScriptFully = parse.parseScriptFully ?? parseScript;
  const { parseStatements, parseTrees } = (await import(new URL('parse-tree.js', dist).href)) as typeof ParseTreeModule;
  const { lexScript } = (await import(new URL('tokens.js', dist).href)) as typeof TokensModule;
  const read = (path: string): string => readFileSync(path, 'utf8');
  const statements = (path: string): string[] => read(path).split('\0');
  const mixScript = read(files.mixScript);
  const shortScript = read(files.shortScript);
  const mixList = statements(files.mixList);
  const shortList = statements(files.shortList);
  const warmList = statements(files.warmList);
  const warmScript = read(files.warmScript);
  let errors = 0;
  const each = (list: string[], parse: (text: string) => { errors: unknown[] }) => () => {
    for (const s of list) errors += parse(s).errors.length;
  };

  // Warm-up: the same statements Cassandra's side warms up with, one per call, then the script paths.
  for (let i = 0; i < WARM_PASSES; i++) each(warmList, parseScript)();
  for (let i = 0; i < 3; i++) each(warmList, parseScriptFully)();
  parseStatements(warmScript, () => undefined);
  parseScript(warmScript);
  lexScript(warmScript);

  const ms: Record<string, number[]> = {};
  ms.shortEach = passes(PASSES, each(shortList, parseScript));
  ms.shortEachFull = passes(PASSES, each(shortList, parseScriptFully));
  ms.mixEach = passes(PASSES, each(mixList, parseScript));
  let fallbacks = 0;
  ms.mixStream = passes(PASSES, () => {
    const r = parseStatements(mixScript, () => undefined);
    fallbacks = r.sllFallbacks;
    errors += r.errors.length;
  });
  ms.mixScript = passes(PASSES, () => void (errors += parseScript(mixScript).errors.length));
  ms.shortScript = passes(PASSES, () => void (errors += parseScript(shortScript).errors.length));
  ms.lexOnly = passes(PASSES, () => void lexScript(mixScript));
  // Last: keeping every tree alive changes what the GC does for whatever runs after it.
  ms.mixKept = passes(PASSES, () => void (errors += parseTrees(mixScript).errors.length));
  const result: WarmResult = {
    ms,
    statements: { short: shortList.length, mix: mixList.length },
    fallbacks,
    errors,
    maxRssKb: process.resourceUsage().maxRSS,
  };
  process.stdout.write(JSON.stringify(result));
}

/** A fresh plain `node` (no loader): import the parser, parse one short DML statement, one schema statement, then the whole mix. */
function coldScript(files: CorpusFiles): string {
  const url = (name: string): string => new URL(name, dist).href;
  return `
const { parseScript } = await import(${JSON.stringify(url('parse.js'))});
const first = parseScript(${JSON.stringify(files.firstDml)});
const firstAt = Date.now();
const ddl = parseScript(${JSON.stringify(files.firstDdl)});
const ddlAt = Date.now();
const { parseStatements } = await import(${JSON.stringify(url('parse-tree.js'))});
const { readFileSync } = await import('node:fs');
const script = readFileSync(${JSON.stringify(files.mixScript)}, 'utf8');
const c0 = process.cpuUsage();
const r = parseStatements(script, () => undefined);
const c = process.cpuUsage(c0);
process.stdout.write(JSON.stringify({ firstAt, ddlAt, errors: first.errors.length + ddl.errors.length + r.errors.length,
  firstErrors: r.errors.slice(0, 3).map((e) => e.message + ': ' + e.statementText), coldMs: (c.user + c.system) / 1000,
  maxRssKb: process.resourceUsage().maxRSS }));
`;
}

interface ColdResult {
  firstMs: number;
  ddlMs: number;
  coldMs: number;
  maxRssKb: number;
}

interface JavaResult {
  firstMs: number;
  shortMs: number[];
  mixMs: number[];
  shortStatements: number;
  mixStatements: number;
}

function run(command: string, args: string[]): Promise<{ stdout: string; stderr: string; startedAt: number }> {
  return new Promise((resolve, reject) => {
    const startedAt = Date.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${command} ${args.slice(0, 3).join(' ')} … exited ${code}:\n${stderr.slice(-2000)}`));
      else resolve({ stdout, stderr, startedAt });
    });
  });
}

async function nodeCold(files: CorpusFiles, v8Flags: string[]): Promise<ColdResult> {
  const r = await run(process.execPath, [...v8Flags, '--input-type=module', '-e', coldScript(files)]);
  const out = JSON.parse(r.stdout) as { firstAt: number; ddlAt: number; errors: number; firstErrors: string[]; coldMs: number; maxRssKb: number };
  if (out.errors !== 0) throw new Error(`the generated mix has syntax errors:\n${out.firstErrors.join('\n')}`);
  return { firstMs: out.firstAt - r.startedAt, ddlMs: out.ddlAt - r.startedAt, coldMs: out.coldMs, maxRssKb: out.maxRssKb };
}

async function nodeWarm(files: CorpusFiles, v8Flags: string[]): Promise<WarmResult> {
  const distArgs = distAt >= 0 ? ['--dist', process.argv[distAt + 1]!] : [];
  const r = await run(process.execPath, [...v8Flags, ...process.execArgv, fileURLToPath(import.meta.url), '--child-warm', JSON.stringify(files), ...distArgs]);
  const out = JSON.parse(r.stdout) as WarmResult;
  if (out.errors !== 0) throw new Error(`${out.errors} syntax errors in the warm measures`);
  return out;
}

/** Compiles the harness (once per source and Cassandra version) into the cache; the Java command, or why there is none. */
async function javaPeer(): Promise<{ java: string; classpath: string; version: string } | string> {
  let java;
  try {
    java = await findJava();
  } catch (err) {
    return (err as Error).message;
  }
  const javac = join(dirname(java.bin), 'javac');
  if (!existsSync(javac)) return `no javac next to ${java.bin} (a JDK 17 is needed, not only a JRE)`;
  const lib = cassandraLibDir();
  if (!(await checkComplete(lib)).complete) {
    process.stderr.write(`Fetching Cassandra ${CASSANDRA_VERSION}'s jars into ${lib} (as ksmig local does)…\n`);
    await ensureCassandraRuntime({ log: (line) => process.stderr.write(`${line}\n`) });
  }
  const source = readFileSync(JAVA_SOURCE);
  const key = createHash('sha256').update(source).update(CASSANDRA_VERSION).update(java.version).digest('hex').slice(0, 16);
  const classes = join(cacheRoot(), 'parse-bench', key);
  if (!existsSync(join(classes, 'CqlParseBench.class'))) {
    mkdirSync(classes, { recursive: true });
    await run(javac, ['-d', classes, '-cp', join(lib, '*'), JAVA_SOURCE]);
  }
  // Cassandra's logging would print to stdout; the parser never needs it.
  const logback = join(classes, 'logback-quiet.xml');
  if (!existsSync(logback)) writeFileSync(logback, '<configuration><root level="OFF"/></configuration>\n');
  return { java: java.bin, classpath: `${classes}:${join(lib, '*')}`, version: `Java ${java.version}, Cassandra ${CASSANDRA_VERSION}` };
}

async function javaRun(peer: { java: string; classpath: string }, files: CorpusFiles): Promise<JavaResult> {
  const logback = join(peer.classpath.split(':')[0]!, 'logback-quiet.xml');
  const r = await run(peer.java, [
    `-Dlogback.configurationFile=${logback}`,
    '-cp',
    peer.classpath,
    'CqlParseBench',
    files.warmList,
    String(WARM_PASSES),
    String(PASSES),
    String(JAVA_REPEAT),
    files.shortList,
    files.mixList,
  ]);
  const line = r.stdout.split('\n').find((l) => l.startsWith('CQL-PARSE-BENCH '));
  if (!line) throw new Error(`the Java harness printed no result:\n${r.stdout.slice(-2000)}${r.stderr.slice(-2000)}`);
  const out = JSON.parse(line.slice('CQL-PARSE-BENCH '.length)) as {
    firstStatementEpochMs: number;
    errors: number;
    firstErrors: string[];
    warm: { statements: number; cpuMs: number[]; errors: number }[];
  };
  if (out.errors !== 0 || out.warm.some((w) => w.errors !== 0)) throw new Error(`Cassandra's parser rejected statements of the corpus:\n${out.firstErrors.join('\n')}`);
  const [short, m] = out.warm;
  return { firstMs: out.firstStatementEpochMs - r.startedAt, shortMs: short!.cpuMs, mixMs: m!.cpuMs, shortStatements: short!.statements, mixStatements: m!.statements };
}

// ---------------------------------------------------------------------------------------------
// Report

const best = (xs: number[]): number => Math.min(...xs);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const perSecond = (statements: number, ms: number): number => (statements * 1000) / ms;
const fmtRate = (x: number): string => `${Math.round(x).toLocaleString('en-US')}/s`;
const fmtMs = (x: number): string => `${Math.round(x).toLocaleString('en-US')} ms`;
const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' ');

/**
 * One figure over the rounds: per process, the best of its passes (CPU ms → statements/s); over
 * the processes, the best and the median.
 */
function rates(statements: number, perProcess: number[][]): { best: number; median: number } {
  const each = perProcess.map((ms) => perSecond(statements, best(ms)));
  return { best: Math.max(...each), median: median(each) };
}

async function main(): Promise<void> {
  const childAt = process.argv.indexOf('--child-warm');
  if (childAt >= 0) {
    await childWarm(JSON.parse(process.argv[childAt + 1]!) as CorpusFiles);
    return;
  }
  const seed = arg('--seed', 42);
  const n = arg('--statements', 5000);
  const rounds = arg('--rounds', 3);
  const v8Flags = process.argv.includes('--v8-default') ? [] : KSMIG_V8_FLAGS;
  const cpu = cpus();
  console.log('ksmig parser benchmark — rates are statements per CPU-second of the measuring process; best and median over fresh processes');
  console.log(`machine: ${cpu[0]?.model ?? 'unknown cpu'} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, ${process.platform}/${process.arch}`);
  console.log(`load average at start: ${load()}`);
  console.log(`node flags: ${v8Flags.length > 0 ? `${v8Flags.join(' ')} (as bin/ksmig.js sets them)` : 'V8 defaults (--v8-default)'}`);

  const dir = mkdtempSync(join(tmpdir(), 'ksmig-bench-parse-'));
  try {
    const { files, mix: m, short } = writeCorpus(dir, seed, n);
    console.log(`input: seed ${seed}, mix of ${m.statements} statements (${(m.script.length / 1024).toFixed(0)} KiB, mean ${m.meanLength.toFixed(0)} chars: ${Object.entries(m.composition).map(([k, v]) => `${k} ${((100 * v) / n).toFixed(0)}%`).join(', ')}); short DML ${short.statements} statements (mean ${short.meanLength.toFixed(0)} chars)`);
    const peer = process.argv.includes('--no-java') ? '--no-java' : await javaPeer();
    console.log(`peer: ${typeof peer === 'string' ? `none (${peer})` : `Apache Cassandra's parser, ${peer.version} (CQLFragmentParser.parseAnyUnhandled(CqlParser::query, …), one statement per call)`}`);

    const colds: ColdResult[] = [];
    const warms: WarmResult[] = [];
    const javas: JavaResult[] = [];
    const loads: number[] = [];
    for (let round = 0; round < rounds; round++) {
      loads.push(loadavg()[0]!);
      const steps: (() => Promise<void>)[] = [
        async () => void colds.push(await nodeCold(files, v8Flags)),
        async () => void warms.push(await nodeWarm(files, v8Flags)),
      ];
      if (typeof peer !== 'string') steps.push(async () => void javas.push(await javaRun(peer, files)));
      // Alternate the order, so neither side always runs in the same minute of the round.
      if (round % 2 === 1) steps.reverse();
      for (const step of steps) await step();
      process.stderr.write(`round ${round + 1}/${rounds} done (load ${load()})\n`);
    }

    const w = (key: string, statements: number) => rates(statements, warms.map((r) => r.ms[key]!));
    const shortN = short.statements;
    const ours = {
      shortEach: w('shortEach', shortN),
      shortEachFull: w('shortEachFull', shortN),
      mixEach: w('mixEach', n),
      mixStream: w('mixStream', n),
      mixScript: w('mixScript', n),
      shortScript: w('shortScript', shortN),
      lexOnly: w('lexOnly', n),
      mixKept: w('mixKept', n),
    };
    const javaShort = javas.length > 0 ? rates(shortN, javas.map((j) => j.shortMs)) : undefined;
    const javaMix = javas.length > 0 ? rates(n, javas.map((j) => j.mixMs)) : undefined;
    const pair = (r: { best: number; median: number }): string => `${fmtRate(r.best).padStart(11)} ${fmtRate(r.median).padStart(11)}`;
    const ratio = (a: { best: number; median: number }, b: { best: number; median: number } | undefined): string =>
      b === undefined ? '' : `   ${(a.best / b.best).toFixed(2)}× / ${(a.median / b.median).toFixed(2)}×`;

    console.log('');
    console.log(`${''.padEnd(56)} ${'best'.padStart(11)} ${'median'.padStart(11)}   ours / Cassandra (best / median)`);
    console.log(`${'short DML, one statement per call, typed AST'.padEnd(56)} ${pair(ours.shortEach)}${ratio(ours.shortEach, javaShort)}`);
    console.log(`${'  the same through the full parser (no DML shortcut)'.padEnd(56)} ${pair(ours.shortEachFull)}${ratio(ours.shortEachFull, javaShort)}`);
    if (javaShort) console.log(`${'  Cassandra 5.0 parser, one statement per call'.padEnd(56)} ${pair(javaShort)}`);
    console.log(`${'mix, one statement per call, typed AST'.padEnd(56)} ${pair(ours.mixEach)}${ratio(ours.mixEach, javaMix)}`);
    if (javaMix) console.log(`${'  Cassandra 5.0 parser, one statement per call'.padEnd(56)} ${pair(javaMix)}`);
    console.log(`${'mix as one script: parse trees streamed'.padEnd(56)} ${pair(ours.mixStream)}`);
    console.log(`${'mix as one script: typed AST (parseScript)'.padEnd(56)} ${pair(ours.mixScript)}`);
    console.log(`${'mix as one script: all parse trees kept'.padEnd(56)} ${pair(ours.mixKept)}`);
    console.log(`${'mix as one script: lexer only (the ceiling of trees)'.padEnd(56)} ${pair(ours.lexOnly)}`);
    console.log(`${'short DML as one script: typed AST'.padEnd(56)} ${pair(ours.shortScript)}`);
    console.log(`SLL→LL fallbacks: ${warms[0]?.fallbacks ?? 0} of ${n}`);
    const firsts = colds.map((c) => c.firstMs);
    const ddls = colds.map((c) => c.ddlMs);
    const coldRates = colds.map((c) => perSecond(n, c.coldMs));
    console.log('');
    console.log(`cold, fresh process: first statement (short DML) ${fmtMs(best(firsts))} best, ${fmtMs(median(firsts))} median (wall, from spawning node); then a CREATE TABLE ${fmtMs(best(ddls))} / ${fmtMs(median(ddls))} from spawning`);
    if (javas.length > 0) {
      const jf = javas.map((j) => j.firstMs);
      console.log(`cold, fresh JVM: Cassandra's parser, first statement ${fmtMs(best(jf))} best, ${fmtMs(median(jf))} median (wall, from spawning java)`);
    }
    console.log(`cold, fresh process: the whole mix as one script ${fmtRate(Math.max(...coldRates))} best, ${fmtRate(median(coldRates))} median (first parse, DFA not yet built)`);
    console.log(`peak RSS: cold process ${(Math.max(...colds.map((c) => c.maxRssKb)) / 1024).toFixed(0)} MiB, warm process ${(Math.max(...warms.map((r) => r.maxRssKb)) / 1024).toFixed(0)} MiB`);
    console.log(`load average: ${loads.map((x) => x.toFixed(1)).join(', ')} at the rounds' starts; ${load()} at the end (${rounds} rounds)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
