// Seeded fuzz inputs for the audit: CQL scripts and query logs of every format, made from the
// parser corpus and the query-log fixtures by mutations (bytes flipped, inserted, deleted,
// duplicated), by splices of hostile fragments (stray quotes, `$$`, comments, deep or unclosed
// brackets, control characters, very long tokens, NUL bytes, CR line ends) and by cutting.
// Used by bench/fuzz-audit.ts (millions of inputs) and test/fuzz/audit-fuzz.test.ts (a few hundred).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from './random.js';

/** What an input is read as: a script (parseScript, `ksmig audit x.cql`) or a query log of one format. */
export type FuzzTarget = 'script' | 'lines' | 'audit' | 'fql' | 'csv' | 'jsonl';

export const FUZZ_TARGETS: readonly FuzzTarget[] = ['script', 'lines', 'audit', 'fql', 'csv', 'jsonl'];

/** One fuzz input and how it was made. */
export interface CqlFuzzInput {
  target: FuzzTarget;
  /** What was done to the seed (`mutate×3`, `splice:deep-brace`, `cut`), for reports. */
  how: string;
  text: string;
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Seeds: the statements of the parser corpus, and the query-log fixtures cut into records. */
function loadSeeds(): Record<FuzzTarget, string[]> {
  const script: string[] = [];
  for (const dir of ['fixtures/cql/ok', 'fixtures/cql/ok-keyspaces', 'fixtures/cql/err']) {
    for (const name of readdirSync(join(ROOT, dir)).filter((n) => n.endsWith('.cql'))) {
      const text = readFileSync(join(ROOT, dir, name), 'utf8');
      // A few statements at a time: whole files would make every input slow to parse.
      const parts = text.split(/;\s*\n/);
      for (let i = 0; i < parts.length; i += 3) script.push(`${parts.slice(i, i + 3).join(';\n')};\n`);
    }
  }
  const log = (path: string): string => readFileSync(join(ROOT, 'fixtures/query-logs', path), 'utf8');
  const chunks = (text: string, lines: number): string[] => {
    const all = text.split('\n');
    const out: string[] = [];
    for (let i = 0; i < all.length; i += lines) out.push(all.slice(i, i + lines).join('\n'));
    return out;
  };
  const header = (text: string): string => text.split('\n')[0] ?? '';
  const csv = log('csv/export.csv');
  return {
    script,
    lines: chunks(log('lines/app.log'), 6),
    audit: [...chunks(log('audit/auditlogviewer.txt'), 8), ...chunks(log('audit/file-audit-logger.log'), 8)],
    fql: chunks(log('fql/dump.txt'), 20),
    csv: chunks(csv.split('\n').slice(1).join('\n'), 5).map((rows) => `${header(csv)}\n${rows}`),
    jsonl: chunks(log('jsonl/export.jsonl'), 5),
  };
}

/** Fragments that have broken parsers and readers: each is spliced in as it is, or repeated. */
const HOSTILE: ReadonlyArray<[string, () => string]> = [
  ['quote', () => "'"],
  ['double-quote', () => '"'],
  ['dollar', () => '$$'],
  ['open-comment', () => '/*'],
  ['line-comment', () => '-- '],
  ['semicolon', () => ';'],
  ['batch', () => 'BEGIN BATCH '],
  ['apply', () => ' APPLY BATCH;'],
  ['nul', () => '\u0000'],
  ['escape', () => '\u001b[2J\u001b]52;c;aGk=\u0007'],
  ['cr', () => '\r'],
  ['crlf', () => '\r\n'],
  ['surrogate', () => '\uD83D\uDE00'],
  ['lone-surrogate', () => '\uD800'],
  ['bom', () => '\uFEFF'],
  ['keyword', () => ' SELECT '],
  ['marker', () => ' :name '],
  ['range', () => ' 1..2 '],
  ['prompt', () => '\ncqlsh:ks> '],
  ['json-brace', () => '{"query": '],
  ['csv-quote', () => '","'],
  ['audit-head', () => 'user:u|host:h|source:/1.2.3.4|port:1|timestamp:1|type:SELECT|category:QUERY|operation:'],
  ['fql-head', () => 'Type: single-query\nQuery: '],
];

/** Runs of one fragment, long enough to find what is quadratic or recursive. */
const RUNS: ReadonlyArray<[string, string]> = [
  ['deep-paren', '('],
  ['deep-brace', '{'],
  ['deep-bracket', '['],
  ['deep-frozen', 'frozen<list<'],
  ['plus-chain', ' + 1'],
  ['field-chain', '.f'],
  ['index-chain', '[1]'],
  ['quotes', "'"],
  ['dollars', '$$'],
  ['comment-opens', '/*'],
  ['semicolons', ';'],
  ['newlines', '\n'],
  ['words', 'a '],
  ['cast', 'CAST('],
];

/** Random inputs from `seed`; the same seed always gives the same sequence. */
export class CqlFuzzInputs {
  private readonly random: () => number;
  private readonly seeds: Record<FuzzTarget, string[]>;

  constructor(
    seed: number,
    private readonly options: { targets?: readonly FuzzTarget[]; maxRun?: number } = {},
  ) {
    this.random = rng(seed);
    this.seeds = loadSeeds();
  }

  next(): CqlFuzzInput {
    const target = this.pick(this.options.targets ?? FUZZ_TARGETS);
    let text = this.pick(this.seeds[target]);
    const hows: string[] = [];
    const steps = 1 + this.int(4);
    for (let i = 0; i < steps; i++) {
      const roll = this.random();
      if (roll < 0.45) {
        text = this.mutate(text);
        hows.push('mutate');
      } else if (roll < 0.75) {
        const [name, fragment] = this.pick(HOSTILE);
        text = this.insert(text, fragment());
        hows.push(name);
      } else if (roll < 0.85) {
        const [name, unit] = this.pick(RUNS);
        text = this.insert(text, unit.repeat(1 + this.int(this.options.maxRun ?? 3000)));
        hows.push(name);
      } else if (roll < 0.93) {
        text = text.slice(0, this.int(text.length + 1));
        hows.push('cut');
      } else {
        // Another seed of the same kind glued on: records split across what a reader holds.
        text += this.pick(this.seeds[target]);
        hows.push('join');
      }
    }
    return { target, how: hows.join('+'), text };
  }

  private int(n: number): number {
    return Math.floor(this.random() * n);
  }

  private pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T;
  }

  private insert(text: string, fragment: string): string {
    const at = this.int(text.length + 1);
    return text.slice(0, at) + fragment + text.slice(at);
  }

  private mutate(text: string): string {
    if (text.length === 0) return String.fromCharCode(this.int(128));
    const at = this.int(text.length);
    switch (this.int(5)) {
      case 0:
        return text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ (1 << this.int(7))) + text.slice(at + 1);
      case 1:
        return text.slice(0, at) + String.fromCharCode(this.int(0x80)) + text.slice(at);
      case 2:
        return text.slice(0, at) + text.slice(at + 1 + this.int(16));
      case 3: {
        const end = Math.min(text.length, at + 1 + this.int(64));
        return text.slice(0, end) + text.slice(at, end) + text.slice(end);
      }
      default:
        return text.slice(0, at) + String.fromCodePoint(this.pick([0x7f, 0x85, 0xa0, 0x2028, 0x3000, 0xfffd, 0x1f600, 0x301])) + text.slice(at);
    }
  }
}
