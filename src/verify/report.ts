/**
 * `ksmig verify --report <file>`: the full list of differences (every one, not only the first
 * thousand per table the summary keeps), the counts per table, repairs and query replay — as JSON,
 * or as Markdown when the file name ends in `.md`. Differences are spooled to a temporary file as
 * they are found and streamed into the report at the end, so memory does not grow with them.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { QueryShapeResult, RowDifference, VerifyMode } from './events.js';
import { wholeFile } from '../shared/whole-file.js';

/** Per-table figures of the report. */
export interface ReportTable {
  table: string;
  target: string;
  compared: number;
  missing: number;
  extra: number;
  different: number;
  repaired: number;
  stillDifferent: number;
  seconds: number;
}

/** Everything the report holds besides the spooled differences. */
export interface ReportContent {
  mode: VerifyMode;
  identical: boolean;
  tables: readonly ReportTable[];
  queries: readonly QueryShapeResult[] | undefined;
  generatedAt: string;
}

/** Differences written to a temporary file as they come. */
export class DifferenceSpool {
  private count = 0;
  private constructor(
    private readonly dir: string,
    private readonly out: WriteStream,
  ) {}

  static async open(): Promise<DifferenceSpool> {
    const dir = await mkdtemp(join(tmpdir(), 'ksmig-verify-'));
    return new DifferenceSpool(dir, createWriteStream(join(dir, 'differences.jsonl'), { mode: 0o600 }));
  }

  /** Appends one difference (waits when the file is behind, so memory stays flat). */
  async add(difference: RowDifference): Promise<void> {
    this.count++;
    if (!this.out.write(`${JSON.stringify(difference)}\n`)) await new Promise<void>((r) => this.out.once('drain', () => r()));
  }

  get size(): number {
    return this.count;
  }

  /** The spooled differences, in the order they were found. */
  async *read(): AsyncGenerator<RowDifference> {
    await new Promise<void>((r) => this.out.end(() => r()));
    const lines = createInterface({ input: createReadStream(join(this.dir, 'differences.jsonl')), crlfDelay: Infinity });
    for await (const line of lines) if (line !== '') yield JSON.parse(line) as RowDifference;
  }

  async dispose(): Promise<void> {
    this.out.destroy();
    await rm(this.dir, { recursive: true, force: true });
  }
}

/**
 * Writes the report to `path` (JSON, or Markdown for `.md`), through a temporary file renamed into
 * place (a device or a pipe, such as `/dev/stdout`, is written as it is).
 */
export async function writeReport(path: string, content: ReportContent, spool: DifferenceSpool): Promise<void> {
  const target = await wholeFile(path);
  const out = createWriteStream(target.file, { mode: 0o644 });
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
  };
  try {
    if (path.toLowerCase().endsWith('.md')) await markdown(content, spool, write);
    else await json(content, spool, write);
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    await target.commit();
  } catch (error) {
    out.destroy();
    await target.discard();
    throw error;
  }
}

async function json(content: ReportContent, spool: DifferenceSpool, write: (t: string) => Promise<void>): Promise<void> {
  await write(`{"version":1,"generatedAt":${JSON.stringify(content.generatedAt)},"mode":${JSON.stringify(content.mode)},"identical":${content.identical},`);
  await write(`"tables":${JSON.stringify(content.tables)},`);
  if (content.queries !== undefined) await write(`"queries":${JSON.stringify(content.queries)},`);
  await write('"differences":[');
  let first = true;
  for await (const d of spool.read()) {
    await write(`${first ? '' : ','}\n${JSON.stringify(d)}`);
    first = false;
  }
  await write('\n]}\n');
}

/** Rows of differences listed in a Markdown report (the JSON report has them all). */
const MARKDOWN_DIFFERENCES = 10_000;

async function markdown(content: ReportContent, spool: DifferenceSpool, write: (t: string) => Promise<void>): Promise<void> {
  const cell = (v: unknown): string => String(typeof v === 'string' ? v : JSON.stringify(v)).replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
  await write(`# ksmig verify report\n\n${content.identical ? '**Identical**: the target holds exactly what the origin holds.' : '**Differences remain.**'}\n\n`);
  await write(`Generated ${content.generatedAt}; rows matched by ${content.mode === 'merge' ? 'merging both sides in token order' : 'key lookups (the partitioners differ)'}.\n\n`);
  await write('| table | target | compared | missing | extra | different | repaired | still different | seconds |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n');
  for (const t of content.tables) await write(`| ${cell(t.table)} | ${cell(t.target)} | ${t.compared} | ${t.missing} | ${t.extra} | ${t.different} | ${t.repaired} | ${t.stillDifferent} | ${t.seconds.toFixed(1)} |\n`);
  if (content.queries !== undefined) {
    await write('\n## Queries replayed on both sides\n\n| shape | runs | match | mismatch | errors | explained | p50 origin ms | p50 target ms |\n|---|---:|---:|---:|---:|---:|---:|---:|\n');
    for (const q of content.queries) {
      await write(`| \`${cell(q.shape)}\` | ${q.runs} | ${q.match} | ${q.mismatch} | ${q.errors} | ${q.explained} | ${q.latency.origin.p50.toFixed(1)} | ${q.latency.target.p50.toFixed(1)} |\n`);
    }
    for (const q of content.queries) {
      if (q.firstMismatch) await write(`\n### Mismatch: \`${cell(q.shape)}\`\n\n\`\`\`diff\n${q.firstMismatch.statement}\n${q.firstMismatch.diff}\n\`\`\`\n`);
    }
  }
  await write(`\n## Differences\n\n`);
  let n = 0;
  for await (const d of spool.read()) {
    if (n === 0) await write('| kind | table | key | columns | origin | target |\n|---|---|---|---|---|---|\n');
    if (n < MARKDOWN_DIFFERENCES) await write(`| ${d.kind} | ${cell(d.table)} | ${cell(d.key)} | ${cell(d.columns.join(', '))} | ${cell(d.origin ?? '')} | ${cell(d.target ?? '')} |\n`);
    n++;
  }
  if (n === 0) await write('None.\n');
  else if (n > MARKDOWN_DIFFERENCES) await write(`\n…and ${n - MARKDOWN_DIFFERENCES} more (a JSON report lists every one).\n`);
}
