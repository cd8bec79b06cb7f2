import { z } from 'zod';
import { AWS_REGION_NAME } from '../keyspaces/regions.js';
import { QUERY_LOG_FORMATS } from '../sources/query-logs/records.js';
import { REPORT_FORMATS } from '../reporters/options.js';
import { TOPICS } from '../rules/schema.js';
import { closest } from './suggest.js';

// ksmig validates its configuration once per run: zod's compiled validators (built with `new
// Function` on an object schema's first use) cost more to build than they save (4.4 → 1.8 ms).
z.config({ jitless: true });

/**
 * The configuration schema: one zod schema for the merged result of the config file, the
 * environment and the flags. Every object is strict, so a misspelt key is an error naming it.
 */

/** `--fail-on` values. */
export const FAIL_ON_VALUES = ['error', 'warning', 'info', 'never'] as const;

/** Lists may be written as YAML/JSON arrays or as one comma-separated string (env vars, flags). */
function list<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== '')
        : v,
    z.array(item),
  );
}

const nonEmpty = z.string().trim().min(1, 'expected a non-empty string');
const port = z.coerce.number<unknown>().int('expected a whole number').min(1).max(65535);
const bool = z.preprocess((v) => {
  if (typeof v !== 'string') return v;
  const s = v.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(s)) return true;
  if (['0', 'false', 'no', 'off'].includes(s)) return false;
  return v;
}, z.boolean());

const SIZE_UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, kib: 1024, kb: 1000, mib: 1024 ** 2, mb: 1000 ** 2, gib: 1024 ** 3, gb: 1000 ** 3 };

/** A size: a number of bytes, or a number with a unit (`512KiB`, `1MiB`, `2MB`). */
const size = z.preprocess((v) => {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return v;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(v);
  const unit = m === null ? undefined : SIZE_UNITS[(m[2] ?? '').toLowerCase()];
  return m === null || unit === undefined ? v : Math.round(Number(m[1]) * unit);
}, z.number({ message: 'expected a size such as 1MiB, 512KiB or a number of bytes' }).int().min(16, 'expected at least 16 bytes').max(1024 ** 3, 'expected at most 1GiB'));

const RULE_REF = /^(KS\d{4}|[a-z0-9]+(-[a-z0-9]+)*)$/i;

const ruleRef = z.string().regex(RULE_REF, 'expected a rule id (KS1234) or kebab-case rule name');

/**
 * A topic of the fixed vocabulary (`compat-rules/README.md`). An unknown topic is an error, not
 * an empty selection: a typo in `--topics` would otherwise switch a CI gate off silently.
 */
const topic = z.string().superRefine((value, ctx) => {
  if ((TOPICS as readonly string[]).includes(value)) return;
  const near = closest(value, TOPICS);
  ctx.addIssue({
    code: 'custom',
    message: `unknown topic ${JSON.stringify(value)}${near ? ` (did you mean ${JSON.stringify(near)}?)` : ''}; the topics are ${TOPICS.join(', ')}`,
    // describeIssue: the message already names the value.
    params: { namesValue: true },
  });
});

export const tlsSchema = z.strictObject({
  /** PEM file of the CA that signed the server certificate. */
  ca: nonEmpty.optional(),
  /** PEM client certificate (mutual TLS). */
  cert: nonEmpty.optional(),
  /** PEM client key (mutual TLS). */
  key: nonEmpty.optional(),
  insecure: bool.default(false),
});

export const originSchema = z.strictObject({
  contactPoints: list(nonEmpty).pipe(z.array(z.string()).min(1, 'expected at least one contact point')).default(['127.0.0.1']),
  port: port.default(9042),
  localDataCenter: nonEmpty.optional(),
  username: nonEmpty.optional(),
  password: z.string().optional(),
  tls: tlsSchema.optional(),
});

export const targetSchema = z.strictObject({
  region: z.string().regex(AWS_REGION_NAME, 'expected an AWS Region name such as us-east-1').optional(),
  endpoint: nonEmpty.optional(),
  port: port.default(9142),
  /** `password` is another name for `service-specific`; `none`: a plain Cassandra target (staging, benchmarks). */
  auth: z.enum(['sigv4', 'service-specific', 'password', 'none']).default('sigv4'),
  /** Data center of a plain Cassandra target (`auth: none`); detected when absent. */
  localDataCenter: nonEmpty.optional(),
  username: nonEmpty.optional(),
  password: z.string().optional(),
  profile: nonEmpty.optional(),
  ca: nonEmpty.optional(),
  insecure: bool.default(false),
});

const positiveInt = z.coerce.number<unknown>().int('expected a whole number').min(1, 'expected at least 1');
const positive = z.coerce.number<unknown>().positive('expected a positive number');
const identifierList = list(nonEmpty);

/** `ksmig copy` and `ksmig verify`: what to move and how fast. */
export const copySchema = z.strictObject({
  /** Keyspaces to copy (every table of each, unless `tables`). */
  keyspaces: identifierList.default([]),
  /** Only these tables (`table` or `keyspace.table`). */
  tables: identifierList.default([]),
  /** Write into this keyspace instead of the origin's name (one origin keyspace only). */
  targetKeyspace: nonEmpty.optional(),
  /** Write capacity units per second for the whole job (all shards together); unlimited when absent. */
  rate: positive.optional(),
  /** Writes in flight at most (per process). */
  concurrency: positiveInt.default(64),
  /** Token ranges per table (default: sized from system.size_estimates, or from the ring when sharded). */
  splits: positiveInt.optional(),
  /** Rows per page of a range scan. */
  fetchSize: positiveInt.default(1000),
  /** Checkpoint file (default: .ksmig/copy-<keyspaces>[-shard-i-of-N].json in the working directory). */
  checkpoint: nonEmpty.optional(),
  /** Rejected rows at which the copy aborts (exit 3): a count (`100`) or a share of rows read (`0.5%`). */
  maxErrors: z
    .union([z.number(), z.string()])
    .transform((v) => String(v).trim())
    .refine((v) => /^(\d+|\d+(\.\d+)?%)$/.test(v), { message: 'expected a number of rows (100) or a percentage of rows read (0.5%)' })
    .optional(),
  /** JSON-lines file of rows the target refused, with key and cause (default: next to the checkpoint). */
  rejects: nonEmpty.optional(),
  preserveTtl: bool.default(false),
  preserveWritetime: bool.default(false),
  /** Create missing target tables from the converted schema and wait until they are ACTIVE. */
  createTables: bool.default(false),
  /** How long the origin or the target may be unreachable before the copy gives up. */
  maxUnavailableSeconds: positive.default(600),
  /** This process's shard, `i/N` (1-based). */
  shard: z
    .string()
    .regex(/^[1-9]\d*\/[1-9]\d*$/, 'expected i/N such as 2/8')
    .optional(),
  /** Shards in all, when the index comes from JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX. */
  shards: positiveInt.optional(),
});

/** `ksmig verify`: what to compare beyond the `copy` block it shares (keyspaces, tables, shards…). */
export const verifySchema = z.strictObject({
  /** Read capacity units per second on the target for the whole job; unlimited when absent. */
  rate: positive.optional(),
  /** Compare this percentage of the token ranges. */
  sample: z.coerce.number<unknown>().gt(0, 'expected a percentage above 0').max(100, 'expected at most 100').default(100),
  /** Compare TTLs, allowing this many seconds of difference. */
  compareTtl: z.coerce.number<unknown>().min(0).optional(),
  /** Compare writetimes, allowing this many microseconds of difference. */
  compareWritetime: z.coerce.number<unknown>().min(0).optional(),
  fix: bool.default(false),
  fixExtra: bool.default(false),
  /** The full list of differences: JSON, or Markdown when the name ends in .md. */
  report: nonEmpty.optional(),
  /** Replay the SELECTs of this .cql file or query log on both sides. */
  queries: nonEmpty.optional(),
  samplesPerShape: positiveInt.default(20),
});

/** `ksmig estimate`: how the monthly cost is modelled and shown. */
export const estimateSchema = z.strictObject({
  /** Region whose prices apply (default: target.region, else us-east-1). */
  region: z.string().regex(AWS_REGION_NAME, 'expected an AWS Region name such as us-east-1').optional(),
  /** Further Regions of a multi-Region keyspace: writes are billed in each. */
  replicaRegions: list(z.string().regex(AWS_REGION_NAME, 'expected an AWS Region name such as us-east-1')).default([]),
  /** A price list file (JSON) whose Regions replace or add to the bundled prices. */
  prices: nonEmpty.optional(),
  /** A sizing file (YAML or JSON) with rows, row bytes and column sizes per table. */
  sizes: nonEmpty.optional(),
  /** Target utilisation of provisioned capacity, in percent; Keyspaces auto scaling accepts 20–90. */
  targetUtilization: z.coerce.number<unknown>().min(20, 'expected at least 20 (percent)').max(90, 'expected at most 90 (percent)').default(70),
  /** Consistency of reads whose level no log records. */
  readConsistency: z.preprocess((v) => (typeof v === 'string' ? v.toUpperCase() : v), z.enum(['LOCAL_QUORUM', 'LOCAL_ONE', 'ONE'])).default('LOCAL_QUORUM'),
  /** Share of conditional writes (LWT) whose condition fails, 0–1. */
  lwtFailureRate: z.coerce.number<unknown>().min(0, 'expected a share from 0 to 1').max(1, 'expected a share from 0 to 1').default(0),
  /** Bill point-in-time recovery for every table. */
  pitr: bool.default(false),
  /** Rows sampled per table from the origin. */
  sampleRows: positiveInt.default(1000),
  /** Data bytes of a variable-length value whose size no input measured. */
  valueBytes: positiveInt.default(64),
  /** Seconds a query log without timestamps covers. */
  logSeconds: positive.optional(),
  /** Only these keyspaces of the origin (schema, prepared statements, sizes). */
  keyspaces: identifierList.default([]),
  /** Output: text (default), json or markdown. */
  format: z.enum(['text', 'json', 'markdown']).default('text'),
});

export const targetTableSchema = z.strictObject({
  ttl: bool.default(false),
  clientSideTimestamps: bool.default(false),
});

export const configSchema = z.strictObject({
  failOn: z.enum(FAIL_ON_VALUES).default('error'),
  format: z.enum(REPORT_FORMATS).default('text'),
  topics: list(topic).default([]),
  rules: list(ruleRef).default([]),
  disable: list(ruleRef).default([]),
  ruleOptions: z.record(ruleRef, z.record(z.string(), z.unknown())).default({}),
  baseline: nonEmpty.optional(),
  showLiterals: bool.default(false),
  now: z
    .string()
    .refine((s) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s)), {
      message: 'expected an ISO 8601 date or date-time such as 2026-01-31T12:00:00Z',
    })
    .transform((s) => new Date(s).toISOString())
    .optional(),
  regions: list(z.string().regex(AWS_REGION_NAME, 'expected an AWS Region name such as us-east-1')).default([]),
  /** Capacity mode of the converted tables: `on-demand`, or `provisioned:<read units>:<write units>`. */
  capacity: z
    .string()
    .regex(/^(on-demand|provisioned:[1-9]\d*:[1-9]\d*)$/, 'expected on-demand or provisioned:<read units>:<write units>')
    .optional(),
  targetTables: z
    .record(z.string().regex(/^[^.\s]+\.[^.\s]+$/, 'expected a "keyspace.table" key'), targetTableSchema)
    .default({}),
  queryLogFormat: z.enum(QUERY_LOG_FORMATS).default('auto'),
  /** Longest statement (or query-log record) audited; longer ones are reported as KS0003. Default 1MiB. */
  maxStatementSize: size.default(1024 * 1024),
  /**
   * The repository root that SARIF and GitHub-annotation paths are relative to. Default: the
   * nearest directory at or above the working directory holding `.git`, else the working directory.
   */
  sourceRoot: nonEmpty.optional(),
  origin: originSchema.default(() => originSchema.parse({})),
  target: targetSchema.default(() => targetSchema.parse({})),
  copy: copySchema.default(() => copySchema.parse({})),
  verify: verifySchema.default(() => verifySchema.parse({})),
  estimate: estimateSchema.default(() => estimateSchema.parse({})),
});

/** What the schema produces before `loadConfig` derives and freezes the final `Config`. */
export type ParsedConfig = z.output<typeof configSchema>;
