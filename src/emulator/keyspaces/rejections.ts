/**
 * Every answer the emulator gives where Keyspaces would refuse a request, as data: the error code,
 * the message template, and whether the text is Keyspaces' own (`verbatim`, quoted in
 * keyspaces-facts.md with its source) or written by us in Keyspaces' style (`inferred`). The
 * README's table of rejections is generated from this list; the modules build their errors
 * from it so the two cannot drift apart.
 */
import { ErrorCode } from './errors.js';
import type { Rejection } from './errors.js';
import { echo } from '../echo.js';

/** One kind of refusal. `{name}` placeholders in `template` are filled by `reject`. */
export interface RejectionEntry {
  rule: string;
  code: number;
  template: string;
  /** True when keyspaces-facts.md quotes this exact text from AWS or a field report. */
  verbatim: boolean;
  /** When the emulator answers it (for the README). */
  when: string;
  /** Where the fact comes from (keyspaces-facts.md section). */
  source: string;
}

const entries = [
  {
    rule: 'consistency-write',
    code: ErrorCode.Invalid,
    template: 'Consistency level {level} is not supported for this operation. Supported consistency levels are: LOCAL_QUORUM',
    verbatim: true,
    when: 'a write (INSERT, UPDATE, DELETE, BATCH) at a consistency other than LOCAL_QUORUM',
    source: '§3',
  },
  {
    rule: 'consistency-read',
    code: ErrorCode.Invalid,
    template:
      'Consistency level {level} is not supported for this operation. Supported consistency levels are: ONE, LOCAL_QUORUM, LOCAL_ONE',
    verbatim: true,
    when: 'a read of a user table at a consistency other than ONE, LOCAL_ONE, LOCAL_QUORUM',
    source: '§3',
  },
  {
    rule: 'write-throttled',
    code: ErrorCode.WriteTimeout,
    template: 'Operation timed out - received only 0 responses.',
    verbatim: true,
    when: 'a write over the table write capacity or the per-connection request rate (LOCAL_QUORUM, 0 of 2, SIMPLE)',
    source: '§16',
  },
  {
    rule: 'read-throttled',
    code: ErrorCode.ReadTimeout,
    template: 'Operation timed out - received only 0 responses.',
    verbatim: false,
    when: 'a read over the table read capacity or the per-connection request rate (LOCAL_QUORUM, 0 of 2, no data)',
    source: '§16 (the quoted text is the WriteTimeout one)',
  },
  {
    rule: 'table-creating',
    code: ErrorCode.Invalid,
    template: 'unconfigured table {keyspace}.{table}',
    verbatim: true,
    when: 'a statement on a table still CREATING (`--ddl-delay`)',
    source: '§13',
  },
  {
    rule: 'keyspace-does-not-exist',
    code: ErrorCode.Invalid,
    template: 'Keyspace {keyspace} does not exist',
    verbatim: false,
    when: 'a statement on a Cassandra system keyspace Keyspaces does not have (`system_traces`, `system_views`, `system_virtual_schema`, `system_auth`, `system_distributed`): reads, writes, `USE`, `ALTER`/`DROP KEYSPACE`, table and type DDL',
    source: '§14',
  },
  {
    rule: 'system-keyspace-read-only',
    code: ErrorCode.Unauthorized,
    template: '{keyspace} keyspace is not user-modifiable.',
    verbatim: false,
    when: 'CREATE, ALTER, DROP or TRUNCATE in a system keyspace Keyspaces has (`system`, `system_schema`, `system_schema_mcs`, `system_multiregion_info`), such as the `system` and `system_schema` tables `DESCRIBE FULL SCHEMA` prints',
    source: '§14 (read-only; the text is Cassandra\'s own for the same statement)',
  },
  {
    rule: 'ttl-disabled',
    code: ErrorCode.Invalid,
    template: 'TTL is not yet supported.',
    verbatim: true,
    when: '`USING TTL` on a table whose TTL feature is off (no `ttl` custom property, no `default_time_to_live` > 0)',
    source: '§9',
  },
  {
    rule: 'client-timestamps-disabled',
    code: ErrorCode.Invalid,
    template: 'Client-side timestamps are not enabled on table {keyspace}.{table}; USING TIMESTAMP and WRITETIME are not supported.',
    verbatim: false,
    when: '`USING TIMESTAMP` or `WRITETIME()` on a table without `client_side_timestamps`',
    source: '§8',
  },
  {
    rule: 'timestamp-out-of-range',
    code: ErrorCode.Invalid,
    template:
      'The client-side timestamp {timestamp} is outside the allowed range: it must be no more than 2 days in the past and 5 minutes in the future.',
    verbatim: false,
    when: 'a `USING TIMESTAMP` value (literal or bound) before now − 2 days or after now + 5 minutes',
    source: '§8',
  },
  {
    rule: 'secondary-index',
    code: ErrorCode.Invalid,
    template: 'Secondary indexes are not supported.',
    verbatim: false,
    when: '`CREATE [CUSTOM] INDEX` (2i, SASI, SAI), `DROP INDEX`',
    source: '§11',
  },
  {
    rule: 'materialized-view',
    code: ErrorCode.Invalid,
    template: 'Materialized views are not supported.',
    verbatim: false,
    when: '`CREATE`/`ALTER`/`DROP MATERIALIZED VIEW`',
    source: '§11',
  },
  {
    rule: 'user-defined-function',
    code: ErrorCode.Invalid,
    template: 'User-defined functions are not supported.',
    verbatim: false,
    when: '`CREATE`/`DROP FUNCTION`',
    source: '§11',
  },
  {
    rule: 'user-defined-aggregate',
    code: ErrorCode.Invalid,
    template: 'User-defined aggregates are not supported.',
    verbatim: false,
    when: '`CREATE`/`DROP AGGREGATE`',
    source: '§11',
  },
  {
    rule: 'trigger',
    code: ErrorCode.Invalid,
    template: 'Triggers are not supported.',
    verbatim: false,
    when: '`CREATE`/`DROP TRIGGER`',
    source: '§11',
  },
  {
    rule: 'security',
    code: ErrorCode.Invalid,
    template: 'Roles, users and permissions are managed with AWS IAM; {statement} is not supported.',
    verbatim: false,
    when: 'roles, users, `GRANT`, `REVOKE`, `LIST …`, identities',
    source: '§11',
  },
  {
    rule: 'truncate',
    code: ErrorCode.Invalid,
    template: 'TRUNCATE is not supported.',
    verbatim: false,
    when: '`TRUNCATE`',
    source: '§11',
  },
  {
    rule: 'alter-type',
    code: ErrorCode.Invalid,
    template: 'ALTER TYPE is not supported.',
    verbatim: false,
    when: '`ALTER TYPE`',
    source: '§10, §11',
  },
  {
    rule: 'alter-table',
    code: ErrorCode.Invalid,
    template: 'ALTER TABLE {action} is not supported. ALTER TABLE supports ADD columns, ADD/DROP TAGS and WITH options.',
    verbatim: false,
    when: '`ALTER TABLE … DROP`, `RENAME`, `ALTER col TYPE`, column masks, `DROP COMPACT STORAGE`',
    source: '§11',
  },
  {
    rule: 'data-masking',
    code: ErrorCode.Invalid,
    template: 'Dynamic data masking (MASKED WITH) is not supported.',
    verbatim: false,
    when: 'a column `MASKED WITH …` in CREATE TABLE or ALTER TABLE ADD',
    source: '§13 (not in the CREATE TABLE grammar)',
  },
  {
    rule: 'prepared-ddl',
    code: ErrorCode.Invalid,
    template: 'DDL statements cannot be prepared.',
    verbatim: false,
    when: 'PREPARE of a schema statement',
    source: '§6',
  },
  {
    rule: 'unsupported-type',
    code: ErrorCode.Invalid,
    template: 'Type {type} is not supported.',
    verbatim: false,
    when: '`duration`, `vector<…>` or a custom (class name) type in CREATE TABLE, ALTER TABLE ADD, CREATE TYPE',
    source: '§10',
  },
  {
    rule: 'aggregate',
    code: ErrorCode.Invalid,
    template: 'Aggregate function {function} is not supported.',
    verbatim: false,
    when: 'a SELECT using COUNT, MIN, MAX, SUM or AVG',
    source: '§6',
  },
  {
    rule: 'in-dml',
    code: ErrorCode.Invalid,
    template: 'IN is not supported in {statement} statements.',
    verbatim: false,
    when: 'an `IN` relation in UPDATE or DELETE',
    source: '§6',
  },
  {
    rule: 'in-with-token',
    code: ErrorCode.Invalid,
    template: 'The TOKEN function cannot be used together with IN.',
    verbatim: false,
    when: 'a SELECT with both a `token(…)` relation and `IN`',
    source: '§6',
  },
  {
    rule: 'in-subqueries',
    code: ErrorCode.Invalid,
    template: 'The IN restrictions of this query produce {count} subqueries; the maximum is 100.',
    verbatim: false,
    when: 'a SELECT whose IN lists multiply to more than 100 subqueries',
    source: '§6, §15',
  },
  {
    rule: 'unsupported-function',
    code: ErrorCode.Invalid,
    template: 'Function {function} is not supported.',
    verbatim: false,
    when: 'a function outside Keyspaces\' list (user-defined, `maxwritetime`, math functions, …) in a SELECT or a write',
    source: '§6',
  },
  {
    rule: 'like',
    code: ErrorCode.Invalid,
    template: 'The LIKE operator is not supported.',
    verbatim: false,
    when: 'a `LIKE` relation',
    source: '§6 (not in the SELECT grammar)',
  },
  {
    rule: 'ttl-writetime-collection',
    code: ErrorCode.Invalid,
    template: '{function}() cannot be used on the collection column {column}.',
    verbatim: false,
    when: '`TTL()` or `WRITETIME()` of a non-frozen collection column',
    source: '§6',
  },
  {
    rule: 'frozen-inequality',
    code: ErrorCode.Invalid,
    template: 'Inequality operators are not supported on the frozen collection {column}.',
    verbatim: false,
    when: 'an inequality (`<`, `>`, `<=`, `>=`, `!=`) on a whole frozen collection in a WHERE or an IF condition',
    source: '§4, §10',
  },
  {
    rule: 'varint-range',
    code: ErrorCode.Invalid,
    template: 'The varint value of {column} has {digits} digits; varint values are limited to 38 digits.',
    verbatim: false,
    when: 'a `varint` value (literal or bound) of 10^38 or more in absolute value',
    source: '§10',
  },
  {
    rule: 'nesting-depth',
    code: ErrorCode.Invalid,
    template: 'Type {type} nests collections {depth} levels deep; the maximum is 8.',
    verbatim: false,
    when: 'a column type with collections nested more than 8 levels',
    source: '§10, §15',
  },
  {
    rule: 'invalid-name',
    code: ErrorCode.Invalid,
    template: 'The name {name} is not valid: names have 1 to 48 letters, digits or underscores and start with a letter or digit.',
    verbatim: false,
    when: 'CREATE KEYSPACE / CREATE TABLE with a name outside `[a-zA-Z0-9][a-zA-Z0-9_]{0,47}`',
    source: '§12',
  },
  {
    rule: 'counter-batch',
    code: ErrorCode.Invalid,
    template: 'COUNTER batches are not supported.',
    verbatim: false,
    when: '`BEGIN COUNTER BATCH` or a BATCH frame of type COUNTER',
    source: '§5',
  },
  {
    rule: 'unlogged-batch-size',
    code: ErrorCode.Invalid,
    template: 'An unlogged batch can contain at most 30 statements; this one has {count}.',
    verbatim: false,
    when: 'an unlogged batch of more than 30 statements',
    source: '§5',
  },
  {
    rule: 'logged-batch-size',
    code: ErrorCode.Invalid,
    template: 'A logged batch can contain at most 100 statements; this one has {count}.',
    verbatim: false,
    when: 'a logged batch of more than 100 statements',
    source: '§5',
  },
  {
    rule: 'unlogged-batch-conditional',
    code: ErrorCode.Invalid,
    template: 'Conditional statements are not supported in unlogged batches.',
    verbatim: false,
    when: '`IF …` / `IF [NOT] EXISTS` inside an unlogged batch',
    source: '§4',
  },
  {
    rule: 'logged-batch-counter',
    code: ErrorCode.Invalid,
    template: 'Counter operations are not supported in logged batches.',
    verbatim: false,
    when: 'a counter update inside a logged batch',
    source: '§5',
  },
  {
    rule: 'logged-batch-range-delete',
    code: ErrorCode.Invalid,
    template: 'Range deletes are not supported in logged batches.',
    verbatim: false,
    when: 'a DELETE of a range of rows inside a logged batch',
    source: '§5',
  },
  {
    rule: 'logged-batch-where',
    code: ErrorCode.Invalid,
    template: 'Only equality relations are supported in the WHERE clause of statements in a logged batch; found {operator}.',
    verbatim: false,
    when: '`IN` or a range operator in a WHERE inside a logged batch',
    source: '§5',
  },
  {
    rule: 'logged-batch-same-row',
    code: ErrorCode.Invalid,
    template: 'A logged batch cannot contain more than one statement on the same row ({keyspace}.{table}).',
    verbatim: false,
    when: 'two statements of one logged batch on the same primary key',
    source: '§5',
  },
  {
    rule: 'too-many-columns',
    code: ErrorCode.Invalid,
    template: 'Too many columns in a single write: {count}. The maximum is {limit}.',
    verbatim: false,
    when: 'an INSERT/UPDATE writing more than 225 columns (166 when the table has TTL on)',
    source: '§9, §15',
  },
  {
    rule: 'partition-key-too-large',
    code: ErrorCode.Invalid,
    template: 'The partition key of {keyspace}.{table} is {size} bytes; the maximum is 2048 bytes.',
    verbatim: false,
    when: 'a write whose partition-key values (literal or bound) exceed 2,048 bytes',
    source: '§15',
  },
  {
    rule: 'clustering-key-too-large',
    code: ErrorCode.Invalid,
    template: 'The clustering column {column} of {keyspace}.{table} is {size} bytes; the maximum is 850 bytes.',
    verbatim: false,
    when: 'a write whose clustering-column value exceeds 850 bytes',
    source: '§15',
  },
  {
    rule: 'row-too-large',
    code: ErrorCode.Invalid,
    template: 'The row written to {keyspace}.{table} is {size} bytes; the maximum row size is 1 MB.',
    verbatim: false,
    when: 'a write whose values (literal or bound) add up to more than 1 MB',
    source: '§15',
  },
  {
    rule: 'range-delete-too-large',
    code: ErrorCode.Invalid,
    template: 'Range delete requests are limited by the amount of items that can be deleted in a single range.',
    verbatim: true,
    when: 'a range DELETE that would remove more than 1,000 rows',
    source: '§7',
  },
  {
    rule: 'durable-writes',
    code: ErrorCode.Invalid,
    template: 'durable_writes must be true.',
    verbatim: false,
    when: '`durable_writes = false` on CREATE/ALTER KEYSPACE',
    source: '§12',
  },
  {
    rule: 'replication',
    code: ErrorCode.Invalid,
    template:
      "Replication {detail} is not supported. Use {'class': 'SingleRegionStrategy'}, or NetworkTopologyStrategy with AWS Region names and a replication factor of 3.",
    verbatim: false,
    when: 'a replication class other than SingleRegionStrategy, SimpleStrategy or NetworkTopologyStrategy, or NetworkTopologyStrategy with names that are not AWS Regions (SimpleStrategy and RF ≠ 3 pass: the rule set only warns about them)',
    source: '§12',
  },
  {
    rule: 'multi-region-unsupported-region',
    code: ErrorCode.Invalid,
    template: 'Multi-Region replication is not supported in {region}: multi-Region keyspaces are not available in the AWS GovCloud (US) and China Regions.',
    verbatim: false,
    when: 'NetworkTopologyStrategy naming a GovCloud (`us-gov-*`) or China (`cn-*`) Region on CREATE/ALTER KEYSPACE',
    source: '§18',
  },
  {
    rule: 'feature-irreversible',
    code: ErrorCode.Invalid,
    template: '{feature} cannot be disabled once it is enabled.',
    verbatim: false,
    when: "ALTER TABLE setting `ttl` or `client_side_timestamps` to `disabled` after it was enabled",
    source: '§8, §9',
  },
  {
    rule: 'one-custom-property',
    code: ErrorCode.Invalid,
    template: 'Only one custom property can be changed in a single ALTER TABLE statement.',
    verbatim: false,
    when: 'ALTER TABLE … WITH CUSTOM_PROPERTIES naming more than one property',
    source: '§11',
  },
] as const satisfies readonly RejectionEntry[];

/** Rule ids of the catalog. */
export type RejectionRule = (typeof entries)[number]['rule'];

/** Every rejection the emulator can answer, in README order. */
export const rejectionCatalog: readonly RejectionEntry[] = entries;

const byRule = new Map<string, RejectionEntry>(entries.map((entry) => [entry.rule, entry]));

/** The catalog entry of `rule`. */
export function rejectionEntry(rule: RejectionRule): RejectionEntry {
  const entry = byRule.get(rule);
  if (entry === undefined) throw new Error(`unknown rejection rule ${rule}`);
  return entry;
}

/** Builds the rejection for `rule`, filling `{name}` placeholders from `params` (each cut by `echo`). */
export function reject(rule: RejectionRule, params: Record<string, string | number | bigint> = {}): Rejection {
  const entry = rejectionEntry(rule);
  const message = entry.template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    // Names come from the client's statement, which may be megabytes long.
    return value === undefined ? whole : echo(String(value));
  });
  return { code: entry.code, message, rule: entry.rule, inferred: !entry.verbatim };
}

/** The Markdown table of every rejection (the README's "what the emulator refuses" table). */
export function rejectionTableMarkdown(): string {
  const codeText = (code: number) => `0x${code.toString(16).padStart(4, '0')}`;
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  const lines = [
    '| Rule | When | Code | Message | Text | Source |',
    '|---|---|---|---|---|---|',
    ...entries.map(
      (e) =>
        `| \`${e.rule}\` | ${escape(e.when)} | ${codeText(e.code)} | \`${escape(e.template)}\` | ${
          e.verbatim ? 'verbatim' : 'inferred'
        } | keyspaces-facts ${escape(e.source)} |`,
    ),
  ];
  return lines.join('\n');
}
