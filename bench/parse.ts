/**
 * Parser benchmark (`npm run bench:parse`): statements per second on a seeded, generated mix of
 * DDL and DML, cold (a fresh process, as a user runs it) and warm (after a fixed warm-up), the
 * SLL→LL fallback rate, peak memory, and the ratio to a lexer-only pass over the same input (the
 * ceiling for this design). Also the warm rate for short DML statements alone.
 *
 *   npm run build && node --import tsx bench/parse.ts [--statements N] [--seed S]
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import type * as ParseModule from '../src/cql/parse.js';
import type * as ParseTreeModule from '../src/cql/parse-tree.js';
import type * as TokensModule from '../src/cql/tokens.js';
import { rng as seededRng } from './random.js';

// The parser under test is the compiled one in dist/ (what users run; `npm run bench:parse` builds
// it first): running the TypeScript sources through a loader measures the loader too.
const dist = new URL('../dist/cql/', import.meta.url);
if (!existsSync(new URL('parse.js', dist))) throw new Error('dist/cql/parse.js is missing: run `npm run build` first');
const { parseScript } = (await import(new URL('parse.js', dist).href)) as typeof ParseModule;
const { parseStatements, parseTrees } = (await import(new URL('parse-tree.js', dist).href)) as typeof ParseTreeModule;
const { lexScript } = (await import(new URL('tokens.js', dist).href)) as typeof TokensModule;

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
  return { script: `${out.join(';\n')};\n`, statements: n, composition, meanLength: out.reduce((s, x) => s + x.length, 0) / n };
}

function shortDmlMix(seed: number, n: number): Mix {
  const g = gen(seededRng(seed));
  const out = Array.from({ length: n }, g.shortDml);
  return { script: `${out.join(';\n')};\n`, statements: n, composition: { 'short DML': n }, meanLength: out.reduce((s, x) => s + x.length, 0) / n };
}

// ---------------------------------------------------------------------------------------------
// Measurement

/**
 * CPU time (user + system) of `fn`, in ms: the rates are "on one core" and stay meaningful on a
 * loaded machine, where wall-clock time measures the neighbours too. Wall time is kept as well.
 */
function timed<T>(fn: () => T): { ms: number; wallMs: number; value: T } {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const value = fn();
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  return { ms: (c.user + c.system) / 1000, wallMs, value };
}

function rate(statements: number, ms: number): string {
  return `${Math.round((statements * 1000) / ms).toLocaleString('en-US')}/s`;
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** In a fresh child process: one parse of the mix, as the first thing a user's run does. */
function childCold(seed: number, n: number): void {
  const m = mix(seed, n);
  const trees = timed(() => parseStatements(m.script, () => undefined));
  const ast = timed(() => parseScript(m.script));
  process.stdout.write(
    JSON.stringify({
      treeMs: trees.ms,
      errors: trees.value.errors.length,
      firstErrors: trees.value.errors.slice(0, 3).map((e) => `${e.message}: ${e.statementText}`),
      secondPassWithAstMs: ast.ms,
      maxRssKb: process.resourceUsage().maxRSS,
    }),
  );
}

function main(): void {
  const seed = arg('--seed', 42);
  const n = arg('--statements', 5000);
  if (process.argv.includes('--child-cold')) {
    childCold(seed, n);
    return;
  }

  const cpu = cpus();
  console.log('ksmig parser benchmark (rates are per CPU-second of this process: one core)');
  console.log(`machine: ${cpu[0]?.model ?? 'unknown cpu'} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, ${process.platform}/${process.arch}, load average ${loadavg()[0]!.toFixed(1)}`);

  const m = mix(seed, n);
  console.log(`input: seed ${seed}, ${m.statements} statements, ${(m.script.length / 1024).toFixed(0)} KiB, mean length ${m.meanLength.toFixed(0)} chars`);
  console.log(`composition: ${Object.entries(m.composition).map(([k, v]) => `${k} ${((100 * v) / n).toFixed(0)}%`).join(', ')}`);

  // Cold: a fresh process, parser not yet warm (DFA built while parsing).
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child-cold', '--seed', String(seed), '--statements', String(n)], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`cold child failed: ${child.stderr}`);
  const cold = JSON.parse(child.stdout) as { treeMs: number; errors: number; firstErrors: string[]; maxRssKb: number };
  if (cold.errors !== 0) throw new Error(`the generated mix has ${cold.errors} syntax errors:\n${cold.firstErrors.join('\n')}`);

  // Warm-up: a fixed amount of work on a different seed, then the measured passes.
  parseTrees(mix(seed + 1, 2000).script);
  parseScript(mix(seed + 2, 1000).script);

  const passes = 3;
  let treeMs = Infinity;
  let fallbacks = 0;
  for (let i = 0; i < passes; i++) {
    const r = timed(() => parseStatements(m.script, () => undefined));
    treeMs = Math.min(treeMs, r.ms);
    fallbacks = r.value.sllFallbacks;
  }
  let keptMs = Infinity;
  for (let i = 0; i < passes; i++) keptMs = Math.min(keptMs, timed(() => parseTrees(m.script)).ms);
  let astMs = Infinity;
  for (let i = 0; i < passes; i++) astMs = Math.min(astMs, timed(() => parseScript(m.script)).ms);
  let lexMs = Infinity;
  for (let i = 0; i < passes; i++) lexMs = Math.min(lexMs, timed(() => lexScript(m.script)).ms);

  const short = shortDmlMix(seed + 3, 20000);
  parseStatements(short.script, () => undefined);
  let shortMs = Infinity;
  for (let i = 0; i < passes; i++) shortMs = Math.min(shortMs, timed(() => parseStatements(short.script, () => undefined)).ms);
  let shortAstMs = Infinity;
  for (let i = 0; i < passes; i++) shortAstMs = Math.min(shortAstMs, timed(() => parseScript(short.script)).ms);

  console.log('');
  console.log(`cold (fresh process, first parse)      ${rate(n, cold.treeMs)}  (${cold.treeMs.toFixed(0)} ms)`);
  console.log(`warm parse, trees streamed (best of ${passes}) ${rate(n, treeMs)}  (${treeMs.toFixed(0)} ms)`);
  console.log(`warm parse, all trees kept             ${rate(n, keptMs)}  (${keptMs.toFixed(0)} ms)`);
  console.log(`warm parse + AST (parseScript)         ${rate(n, astMs)}  (${astMs.toFixed(0)} ms)`);
  console.log(`lexer only (the ceiling)               ${rate(n, lexMs)}  (${lexMs.toFixed(0)} ms)`);
  console.log(`warm parse / lexer-only ratio          ${(lexMs / treeMs).toFixed(2)} (parse runs at ${((100 * lexMs) / treeMs).toFixed(0)}% of lexing speed)`);
  console.log(`SLL→LL fallbacks                       ${fallbacks} of ${n} (${((100 * fallbacks) / n).toFixed(2)}%)`);
  console.log(`short DML, warm parse (trees streamed) ${rate(short.statements, shortMs)}  (mean ${short.meanLength.toFixed(0)} chars; target ≥ 20,000/s)`);
  console.log(`short DML, warm parse + AST            ${rate(short.statements, shortAstMs)}`);
  console.log(`peak RSS: cold child ${(cold.maxRssKb / 1024).toFixed(0)} MiB, this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
