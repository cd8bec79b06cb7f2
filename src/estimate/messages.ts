/**
 * Every sentence `ksmig estimate` shows a person: the notes on how figures were reached, the
 * explanations of expensive shapes and their fixes, and the report's headings. Logic elsewhere
 * passes numbers in; nothing else in src/estimate holds user-facing prose.
 */
import type { Assumption } from './statement-cost.js';
import type { RateBasis, ShapeEstimate } from './report.js';

/** What each assumption of the statement model means, as a note under the report. */
export const ASSUMPTION_NOTES: Readonly<Record<Assumption, string>> = {
  'table-unknown': 'Some statements use tables no CREATE TABLE in the inputs defines: their keys are unknown, so a WHERE with = is taken as a single-row read and every column as a regular column.',
  'rows-unknown': 'Some scans (ALLOW FILTERING, no WHERE, token ranges) read tables of unknown size: each run is counted as one full 1 MB page (256 read units at LOCAL_QUORUM). Give --origin, --sizes or --rows to size them.',
  'rows-per-partition-unknown': 'Some reads return a whole partition or a clustering range of a table whose rows per partition are unknown: one row per partition is assumed. Give --origin or --sizes (rows and partitions) to measure it.',
  'in-list-bound': 'Some IN lists are bound values of unknown length: each counts as one value.',
  'whole-row-read': 'A read is metered on the encoded size of the rows it reads, whichever columns it selects.',
  'delete-metered-by-key': 'A DELETE is metered as a write of the primary key it names (the cited sources do not say how deletes are metered).',
  'range-delete': 'Some DELETEs remove a range or a whole partition: they are metered like a single-row delete; Keyspaces removes at most 1,000 rows per range delete.',
  'token-range-bound': 'Some token-range reads have bound limits: each run is counted as one full 1 MB page (or the whole table when it is smaller).',
  'ttl-bound': 'Some writes bind their TTL: the rows are counted as expiring (one TTL delete per KB each).',
  'selectivity-unknown': 'Some filtered reads filter on columns whose distinct values are unknown: what they return cannot be estimated, so no cheaper table is priced for them. Give --origin (the sample counts distinct values) or distinct counts in --sizes.',
  'json-insert': 'INSERT … JSON is sized from the JSON text of its values.',
  'lwt-in-batch': 'Conditional statements inside batches are costed as if their conditions hold (a false condition fails the whole logged batch).',
};

/** How the request rates were obtained. */
export function rateBasisNote(basis: RateBasis, detail: { seconds?: number | undefined; statements?: number | undefined; logs?: readonly string[] }): string {
  switch (basis) {
    case 'log':
      return `Rates come from the query log${plural(detail.logs?.length ?? 1, '', 's')} (${(detail.logs ?? []).join(', ')}): ${count(detail.statements ?? 0)} timestamped statements over ${duration(detail.seconds ?? 0)}; per-second averages, 95th percentiles, peaks and the hourly profile (UTC) are measured.`;
    case 'log-seconds':
      return `The query log has no timestamps: its ${count(detail.statements ?? 0)} statements are spread evenly over --log-seconds ${count(detail.seconds ?? 0)}; peaks equal averages.`;
    case 'log-once-per-second':
      return 'The query log has no timestamps and no --log-seconds was given: each statement shape counts as run once per second (its count in the log only ranks it).';
    case 'flags':
      return 'Rates come from --reads / --writes per table, split evenly over the table\'s read or write statements (a table with none gets a single-row read or a full-row write); peaks equal averages.';
    case 'once-per-second':
      return 'No query log with timestamps and no --reads / --writes: each statement of the inputs counts as run once per second (so the figures are per statement-per-second; scale them to your rates).';
  }
}

/** A log shorter than a day. */
export function partialDayNote(): string {
  return 'The log covers less than a day: the hours of the day it does not cover are taken at its average load (auto scaling then holds one capacity through them); a log of a whole day gives the daily profile.';
}

/** Rate flags override a log for these tables. */
export function flagsOverrideNote(tables: readonly string[]): string {
  return `--reads / --writes replace the logged rates of ${tables.join(', ')}.`;
}

/** The price list used, and which Regions it covers. */
export function pricesNote(p: { source: string; date: string; regions: readonly string[]; file?: string | undefined }): string {
  const own = p.file !== undefined ? ` and ${p.file}` : '';
  return `Prices: ${p.source}, published ${p.date}${own}. Only the Regions it lists are priced (${p.regions.join(', ')}); --prices <file> supplies others.`;
}

/** Notes that hold for every estimate. */
export function modelNotes(p: { hoursPerMonth: number; targetUtilization: number; replicaRegions: readonly string[]; pitr: boolean }): string[] {
  const notes = [
    `A month is ${p.hoursPerMonth} hours (${p.hoursPerMonth / 24} days), as in the cross-check of 2,000 reads/s costing $648 a month on demand; storage is billed per GB of 10^9 bytes.`,
    `Provisioned capacity is sized for ${Math.round(p.targetUtilization * 100)}% target utilisation: auto scaling is taken to follow each hour's average load (UTC), between the quietest hour (min) and the peak second (max); bursts within an hour above the capacity would be throttled (Keyspaces answers ReadTimeout / WriteTimeout). Without auto scaling, the fixed capacity carries the peak all month. Every provisioned table keeps at least 1 read and 1 write unit.`,
    'On demand, Keyspaces absorbs up to twice the previous peak at once; a new workload far above that may be throttled until the table adapts.',
  ];
  if (p.replicaRegions.length > 0) {
    notes.push(
      `Multi-Region: writes are billed again in each replica Region (${p.replicaRegions.join(', ')}) at that Region's prices, in both modes; reads are billed where they run (all in the home Region here). Storage in replica Regions is not included: the cited sources do not say how it is billed.`,
    );
  }
  if (p.pitr) notes.push('Point-in-time recovery is billed per GB-month of the table\'s storage size (the base PITR bills on is taken to be the table size).');
  return notes;
}

/** Columns whose value sizes no input measured. */
export function defaultedNote(valueBytes: number, columns: readonly string[]): string {
  const shown = columns.slice(0, 8).join(', ') + (columns.length > 8 ? `, and ${columns.length - 8} more` : '');
  return `${columns.length} column${plural(columns.length, '', 's')} of variable size had no measured size and count ${valueBytes} bytes a value (--value-bytes): ${shown}.`;
}

/** Tables whose peak needs more capacity than Keyspaces' default per-table quota. */
export function overQuotaNote(tables: readonly { table: string; kind: 'read' | 'write'; units: number }[], quota: number): string {
  const list = tables.map((t) => `${t.table} (${t.kind}: ${count(t.units)} units/s)`).join(', ');
  return `Above Keyspaces' default per-table throughput quota of ${count(quota)} units per second for reads and for writes (adjustable in Service Quotas): ${list}.`;
}

/** A shape's statement could not be costed (it does not parse). */
export function unparsedNote(shapes: number): string {
  return `${shapes} statement shape${plural(shapes, ' does', 's do')} not parse and ${shapes === 1 ? 'is' : 'are'} left out (ksmig audit reports why).`;
}

/** With a query log, statements of scripts and prepared statements are not run again. */
export function scriptsIgnoredNote(): string {
  return 'With a query log, the statements of the .cql inputs and the origin\'s prepared statements give the schema only: the log is the workload.';
}

/** Sentences that explain an expensive shape and price its fix (text and Markdown views). */
export function shapeExplanations(s: ShapeEstimate, money: (n: number) => string): string[] {
  const out: string[] = [];
  const ratio = s.read?.readPerReturned;
  for (const f of s.findings) {
    // The scan sentence below explains ALLOW FILTERING with the figures.
    if (f.rule === 'allow-filtering' && s.read !== undefined) continue;
    out.push(`${f.ruleId} ${f.rule}: ${f.message}`);
  }
  if (s.read !== undefined && (s.read.path === 'scan' || s.read.path === 'token-range')) {
    const finding = s.findings.find((f) => f.rule === 'allow-filtering');
    const lead = finding !== undefined ? `${finding.ruleId} allow-filtering: this ALLOW FILTERING query` : 'This query scans the table: it';
    const reads = `reads ${bytes(s.read.bytesRead)} per run`;
    out.push(
      ratio !== undefined && ratio >= 1.5
        ? `${lead} ${reads}, ~${Math.round(ratio)}× what it returns (${bytes(s.read.bytesReturned ?? 0)}).`
        : `${lead} ${reads} (Keyspaces bills the data read, including empty storage partitions, not the rows returned).`,
    );
  }
  if (s.failedCondition !== undefined) {
    out.push(`A failed condition still costs ${units(s.failedCondition.wcu)} WCU${s.failedCondition.rru > 0 ? ` and ${units(s.failedCondition.rru)} RRU` : ''} per run (--lwt-failure-rate sets the share that fails).`);
  }
  const fix = s.fix;
  if (fix !== undefined) {
    switch (fix.kind) {
      case 'keyed-table':
        out.push(
          `A table keyed by ${(fix.keyedBy ?? []).join(', ')} costs ${money(fix.monthly.onDemand)} instead (reads ${money(fix.parts?.reads ?? 0)}, keeping it written ${money(fix.parts?.writes ?? 0)}, storage ${money(fix.parts?.storage ?? 0)}): saves ${money(fix.saving)} a month.`,
        );
        break;
      case 'unlogged-batch':
        out.push(`As an unlogged batch (or separate writes) it costs ${money(fix.monthly.onDemand)}: saves ${money(fix.saving)} a month, if the writes need not be atomic.`);
        break;
      case 'split-static-write':
        out.push(`Writing the static and the regular columns in separate statements costs ${money(fix.monthly.onDemand)}: saves ${money(fix.saving)} a month.`);
        break;
    }
  }
  return out;
}

/** Usage errors of `ksmig estimate` (exit 2): what was wrong, and what to do instead. */
export const USAGE = {
  nothingToEstimate: {
    message: 'nothing to estimate: give .cql files, DESCRIBE output or query logs, --origin <host>, or --reads / --writes per table',
    hint: 'ksmig estimate schema.cql --query-log app.log   or   ksmig estimate schema.cql --reads app.users=2000',
  },
  unpricedRegion: (region: string, source: string, date: string, priced: readonly string[]) => ({
    message: `no prices for Region ${region}: the price list (${source}, ${date}) covers ${priced.join(', ')}`,
    hint: "pass --prices <file> with this Region's prices (the shape of src/estimate/prices.json), or pick a listed Region with --region",
  }),
  pricesNotJson: (file: string, cause: string) => ({ message: `--prices: ${file} is not JSON: ${cause}`, hint: 'give a price list shaped like src/estimate/prices.json' }),
  pricesInvalid: (detail: string) => ({ message: `--prices: ${detail}`, hint: 'give a price list shaped like src/estimate/prices.json: source, date (YYYY-MM-DD), regions' }),
  sizesNotYaml: (file: string, cause: string) => ({ message: `--sizes: ${file} is not YAML or JSON: ${cause}`, hint: undefined }),
  sizesInvalid: (detail: string) => ({
    message: `--sizes: ${detail}`,
    hint: 'expected { tables: { "ks.table": { rows, partitions, rowBytes, staticBytes, columns: { column: bytes }, distinct: { column: n } } } }',
  }),
  unreadable: (flag: string, file: string, cause: string) => ({ message: `${flag}: cannot read ${file}: ${cause}`, hint: undefined }),
  jsonAndFormat: (format: string) => ({ message: `--json and --format ${format} contradict each other`, hint: 'give one of them' }),
  tableValue: (flag: string, what: string, got: string) => ({ message: `${flag} expects keyspace.table=<${what}>, e.g. ${flag} app.users=2000; got '${got}'`, hint: undefined }),
} as const;

/** What `--rows`, `--row-bytes`, `--reads` and `--writes` give per table, for their usage errors. */
export const TABLE_FLAG_VALUES = {
  '--rows': 'a row count',
  '--row-bytes': 'a size in bytes',
  '--reads': 'reads per second',
  '--writes': 'writes per second',
} as const;

/** Lines `ksmig estimate` writes to standard error while it reads its inputs. */
export const PROGRESS = {
  linesSkipped: (e: { file: string; count: number; format: string; firstLine?: number | undefined; reason?: string | undefined }) =>
    `ksmig: ${e.file}: passed over ${e.count} line(s) that are not ${e.format} log records${e.firstLine !== undefined ? ` (first at line ${e.firstLine}: ${e.reason ?? ''})` : ''}`,
  noTimestamps: (file: string, format: string) => `ksmig: ${file}: no timestamps in this ${format} log, so no per-second rates (see --log-seconds)`,
} as const;

/** Words of the text and Markdown views. */
export const LABELS = {
  title: 'Amazon Keyspaces cost estimate',
  region: 'Region',
  replicas: 'replica Regions',
  monthly: 'Monthly cost',
  onDemand: 'on-demand',
  provisioned: 'provisioned (auto scaling)',
  reads: 'reads',
  writes: 'writes',
  replicaWrites: 'of which replica writes',
  ttlDeletes: 'TTL deletes',
  storage: 'storage',
  pitr: 'point-in-time recovery',
  total: 'total',
  tables: 'Tables',
  shapes: 'Statement shapes by cost',
  chart: 'Cost by shape (on-demand, per month)',
  autoScaling: 'Provisioned capacity (auto scaling)',
  notes: 'Notes',
  from: 'from',
  moreShapes: 'more shapes',
  noShapes: 'No statements that read or write table data were found in the inputs.',
} as const;

/** The recommendation line. */
export function recommendationLine(r: { recommendation: 'on-demand' | 'provisioned'; onDemand: number; provisioned: number }, money: (n: number) => string): string {
  const saving = Math.abs(r.onDemand - r.provisioned);
  const share = Math.max(r.onDemand, r.provisioned) > 0 ? Math.round((saving / Math.max(r.onDemand, r.provisioned)) * 100) : 0;
  return r.recommendation === 'provisioned'
    ? `Provisioned capacity with auto scaling costs ${money(saving)} a month less (${share}%).`
    : `On-demand costs ${money(saving)} a month less than provisioned capacity (${share}%).`;
}

/** The break-even line. */
export function breakEvenLine(b: { read: number; write: number }): string {
  return `Break-even: provisioned capacity costs less than on-demand while the average load stays above ${percent(b.read)} of the provisioned read capacity and ${percent(b.write)} of the write capacity.`;
}

/** Column headers of the tables table. */
export const TABLE_COLUMNS = ['table', 'rows', 'storage', 'RRU/s avg/peak', 'WCU/s avg/peak', 'on-demand', 'provisioned'] as const;
/** Column headers of the auto-scaling table. */
export const AUTOSCALING_COLUMNS = ['table', 'read min', 'read max', 'write min', 'write max', 'target', 'avg use r/w'] as const;
/** Column headers of the shapes table. */
export const SHAPE_COLUMNS = ['#', 'on-demand', 'provisioned', 'RRU', 'WCU', 'runs/s', 'shape'] as const;

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

function count(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function percent(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function units(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

/** Bytes in decimal units (as storage is billed). */
export function bytes(n: number): string {
  const steps = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];
  let i = 0;
  let v = n;
  while (v >= 1000 && i < steps.length - 1) {
    v /= 1000;
    i++;
  }
  return `${i === 0 ? Math.round(v) : v.toFixed(v >= 100 ? 0 : 1)} ${steps[i]}`;
}

/** Seconds as days, hours, minutes. */
export function duration(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} days`;
}
