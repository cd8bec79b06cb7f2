import type { FailOn, ReportFormat } from '../reporters/options.js';
import type { TargetTableState } from '../catalog/catalog.js';
import type { CapacityMode } from '../convert/target-schema.js';
import type { QueryLogFormat } from '../sources/query-logs/records.js';

export type { QueryLogFormat };

/** TLS settings for the origin cluster. Paths are absolute once loaded. */
export interface TlsConfig {
  readonly ca: string | undefined;
  readonly cert: string | undefined;
  readonly key: string | undefined;
  /** Skip certificate verification; only when the user asked for it. */
  readonly insecure: boolean;
}

/** The Cassandra cluster being migrated from. */
export interface OriginConfig {
  readonly contactPoints: readonly string[];
  readonly port: number;
  readonly localDataCenter: string | undefined;
  readonly username: string | undefined;
  /** From `KSMIG_ORIGIN_PASSWORD` or a flag, never from a config file; redacted in output. */
  readonly password: string | undefined;
  /** Present when the origin speaks TLS. */
  readonly tls: TlsConfig | undefined;
}

/** The Amazon Keyspaces (or `ksmig emulate`) endpoint being migrated to. */
export interface TargetConfig {
  /** AWS Region; also the driver's localDataCenter. */
  readonly region: string | undefined;
  /** Host name; defaults to `cassandra.<region>.amazonaws.com` when a region is set. */
  readonly endpoint: string | undefined;
  readonly port: number;
  /** `none`: a plain Cassandra target (copy and verify only). */
  readonly auth: 'sigv4' | 'service-specific' | 'none';
  /** Data center of a plain Cassandra target. */
  readonly localDataCenter: string | undefined;
  /** Service-specific credential user name. */
  readonly username: string | undefined;
  /** Service-specific credential password: from `KSMIG_TARGET_PASSWORD` or a flag only; redacted in output. */
  readonly password: string | undefined;
  /** AWS profile for SigV4 credentials (default chain when unset). */
  readonly profile: string | undefined;
  /** PEM CA bundle (e.g. the emulator's CA). Absolute path once loaded. */
  readonly ca: string | undefined;
  /** Skip certificate verification; only when the user asked for it. */
  readonly insecure: boolean;
}

/** `ksmig copy` / `ksmig verify` settings (the `copy` block of the config file). */
export interface CopyConfig {
  readonly keyspaces: readonly string[];
  readonly tables: readonly string[];
  readonly targetKeyspace: string | undefined;
  readonly rate: number | undefined;
  readonly concurrency: number;
  readonly splits: number | undefined;
  readonly fetchSize: number;
  /** Absolute path once loaded. */
  readonly checkpoint: string | undefined;
  /** `{ count }` or `{ percent }`. */
  readonly maxErrors: { readonly count?: number; readonly percent?: number } | undefined;
  /** Absolute path once loaded. */
  readonly rejects: string | undefined;
  readonly preserveTtl: boolean;
  readonly preserveWritetime: boolean;
  readonly createTables: boolean;
  readonly maxUnavailableSeconds: number;
  readonly shard: string | undefined;
  readonly shards: number | undefined;
}

/** `ksmig verify` settings (the `verify` block; keyspaces, tables and shards come from `copy`). */
export interface VerifyConfig {
  readonly rate: number | undefined;
  readonly sample: number;
  readonly compareTtl: number | undefined;
  readonly compareWritetime: number | undefined;
  readonly fix: boolean;
  readonly fixExtra: boolean;
  /** Absolute path once loaded. */
  readonly report: string | undefined;
  /** Absolute path once loaded. */
  readonly queries: string | undefined;
  readonly samplesPerShape: number;
}

/** `ksmig estimate` settings (the `estimate` block of the config file). */
export interface EstimateConfig {
  /** Region to price; undefined: `target.region`, else us-east-1 (decided by the command). */
  readonly region: string | undefined;
  readonly replicaRegions: readonly string[];
  /** Absolute path once loaded. */
  readonly prices: string | undefined;
  /** Absolute path once loaded. */
  readonly sizes: string | undefined;
  /** Percent, 20–90. */
  readonly targetUtilization: number;
  readonly readConsistency: 'LOCAL_QUORUM' | 'LOCAL_ONE' | 'ONE';
  readonly lwtFailureRate: number;
  readonly pitr: boolean;
  readonly sampleRows: number;
  readonly valueBytes: number;
  readonly logSeconds: number | undefined;
  readonly keyspaces: readonly string[];
  readonly format: 'text' | 'json' | 'markdown';
}

/**
 * ksmig's configuration: `ksmig.config.yaml` (found by walking up from the working directory, or
 * `--config`) overlaid by `KSMIG_*` environment variables and then by flags, validated once and
 * deeply frozen. Produced only by `loadConfig`.
 */
export interface Config {
  /** Weakest severity that makes `ksmig audit` exit 1; `never` never does. Default `error`. */
  readonly failOn: FailOn;
  /** Report format of `ksmig audit`. Default `text`. */
  readonly format: ReportFormat;
  /** Only report rules with one of these topics (empty: all). */
  readonly topics: readonly string[];
  /** Only run these rules, by id or name (empty: all). */
  readonly rules: readonly string[];
  /** Never run these rules, by id or name. */
  readonly disable: readonly string[];
  /** Options per rule, keyed by rule id or name; each rule validates its own. */
  readonly ruleOptions: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Baseline file (absolute path once loaded): findings listed there are `existing`. */
  readonly baseline: string | undefined;
  /** Show query-log literals instead of `?` (logs carry personal data). Default false. */
  readonly showLiterals: boolean;
  /** The "current" instant for time-dependent rules, as an ISO string (reproducible runs). */
  readonly now: string | undefined;
  /** Target AWS Regions, for replication advice and the converted schema. */
  readonly regions: readonly string[];
  /** Capacity mode of the converted tables; undefined leaves Keyspaces' default (on-demand). */
  readonly capacity: CapacityMode | undefined;
  /** Target table features already enabled, keyed `keyspace.table`. */
  readonly targetTables: Readonly<Record<string, Readonly<Required<TargetTableState>>>>;
  /** Query-log format. Default `auto`. */
  readonly queryLogFormat: QueryLogFormat;
  /** Longest statement or query-log record audited, in bytes (counted as characters); longer ones are KS0003. Default 1 MiB. */
  readonly maxStatementSize: number;
  /**
   * Repository root (absolute once loaded) that SARIF `%SRCROOT%` and GitHub annotation paths are
   * relative to; undefined: the nearest directory at or above the working directory holding `.git`,
   * else the working directory (decided by the CLI).
   */
  readonly sourceRoot: string | undefined;
  readonly origin: OriginConfig;
  readonly target: TargetConfig;
  readonly copy: CopyConfig;
  readonly verify: VerifyConfig;
  readonly estimate: EstimateConfig;
  /** The config file that was read (absolute), or undefined when none was found. */
  readonly configFile: string | undefined;
}

/** A value the user sets at some layer: any part of the file's shape, e.g. from flags. */
export type ConfigInput = { [key: string]: unknown };
