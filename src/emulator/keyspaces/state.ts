/**
 * What the emulator remembers about Keyspaces-only schema settings that the backend Cassandra
 * cannot hold: the replication a keyspace was created with, each table's CUSTOM_PROPERTIES,
 * AUTOSCALING_SETTINGS, TAGS and creation time (for CREATING → ACTIVE), and the key columns the
 * size limits need. Kept in one JSON file in `--state-dir`, rewritten atomically (temp file +
 * rename) on every change so it survives restarts; without a directory it lives in memory only.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KsmigError } from '../../shared/errors.js';

/** Name of the state file inside `--state-dir`. */
export const stateFileName = 'keyspaces-state.json';

/** Keyspaces' `custom_properties` shape: property → field → value (all text, as system_schema_mcs shows them). */
export type CustomProperties = Record<string, Record<string, string>>;

/** The columns the size and column-count limits need, by role. */
export interface TableColumns {
  partitionKey: string[];
  clustering: string[];
  /** Every column (keys included) → its CQL type as written. */
  types: Record<string, string>;
}

/** One table's Keyspaces-side settings. Names are case-normalised (unquoted names lower-cased). */
export interface TableState {
  keyspace: string;
  table: string;
  /** When the CREATE TABLE reached the emulator (ms since epoch); ACTIVE after `--ddl-delay`. */
  createdAt: number;
  customProperties: CustomProperties;
  /** AUTOSCALING_SETTINGS as given (a nested map), or undefined. */
  autoscaling?: Record<string, unknown> | undefined;
  tags: Record<string, string>;
  defaultTimeToLive: number;
  /** Known when the table was created (or altered) through the emulator. */
  columns?: TableColumns | undefined;
}

/** One keyspace's Keyspaces-side settings. */
export interface KeyspaceState {
  keyspace: string;
  createdAt: number;
  /** The replication map the client asked for (e.g. `{class: 'SingleRegionStrategy'}`). */
  replication: Record<string, string>;
  tags: Record<string, string>;
}

interface StateFile {
  version: 1;
  keyspaces: Record<string, KeyspaceState>;
  tables: Record<string, TableState>;
}

/** The two irreversible table features the policy consults. */
export interface TableFeatures {
  ttl: boolean;
  clientSideTimestamps: boolean;
}

/** `ks.table` key for maps of tables. */
export function tableKey(keyspace: string, table: string): string {
  return `${keyspace}.${table}`;
}

/** True when a custom property's `status` is `enabled` (any case). */
export function propertyEnabled(properties: CustomProperties, name: string): boolean {
  return properties[name]?.['status']?.toLowerCase() === 'enabled';
}

/** The Keyspaces-side state of every keyspace and table created through the emulator. */
export class EmulatorState {
  private data: StateFile;

  private constructor(
    private readonly file: string | undefined,
    data: StateFile,
  ) {
    this.data = data;
  }

  /** Opens the state in `dir` (created if missing), or an in-memory state when `dir` is undefined. */
  static open(dir: string | undefined): EmulatorState {
    if (dir === undefined) return new EmulatorState(undefined, emptyState());
    mkdirSync(dir, { recursive: true });
    const file = join(dir, stateFileName);
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    return new EmulatorState(file, text === undefined ? emptyState() : parseState(text, file));
  }

  /** The state file's path, or undefined in memory. */
  get path(): string | undefined {
    return this.file;
  }

  keyspace(keyspace: string): KeyspaceState | undefined {
    return this.data.keyspaces[keyspace];
  }

  table(keyspace: string, table: string): TableState | undefined {
    return this.data.tables[tableKey(keyspace, table)];
  }

  keyspaces(): KeyspaceState[] {
    return Object.values(this.data.keyspaces);
  }

  tables(keyspace?: string): TableState[] {
    return Object.values(this.data.tables).filter((t) => keyspace === undefined || t.keyspace === keyspace);
  }

  /** TTL / client-side timestamp features; both off for tables the emulator has no record of. */
  features(keyspace: string, table: string): TableFeatures {
    const state = this.table(keyspace, table);
    if (state === undefined) return { ttl: false, clientSideTimestamps: false };
    return {
      ttl: propertyEnabled(state.customProperties, 'ttl'),
      clientSideTimestamps: propertyEnabled(state.customProperties, 'client_side_timestamps'),
    };
  }

  /**
   * The read and write capacity units per second a table was given in provisioned mode
   * (`CUSTOM_PROPERTIES = {'capacity_mode': {'throughput_mode': 'PROVISIONED', 'read_capacity_units': …,
   * 'write_capacity_units': …}}`), looked up by `keyspace.table`; undefined in on-demand mode.
   */
  provisionedCapacity(id: string): { read?: number; write?: number } | undefined {
    const state = this.data.tables[id];
    const mode = state?.customProperties['capacity_mode'];
    if (mode === undefined || mode['throughput_mode']?.toUpperCase() !== 'PROVISIONED') return undefined;
    const units = (key: string): number | undefined => {
      const n = Number(mode[key]);
      return Number.isFinite(n) && n > 0 ? n : undefined;
    };
    const read = units('read_capacity_units');
    const write = units('write_capacity_units');
    return { ...(read !== undefined ? { read } : {}), ...(write !== undefined ? { write } : {}) };
  }

  /** `CREATING` until `ddlDelayMs` after creation, then `ACTIVE`. */
  tableStatus(keyspace: string, table: string, now: number, ddlDelayMs: number): 'CREATING' | 'ACTIVE' {
    const state = this.table(keyspace, table);
    return state !== undefined && now < state.createdAt + ddlDelayMs ? 'CREATING' : 'ACTIVE';
  }

  putKeyspace(state: KeyspaceState): void {
    this.data.keyspaces[state.keyspace] = state;
    this.save();
  }

  putTable(state: TableState): void {
    this.data.tables[tableKey(state.keyspace, state.table)] = state;
    this.save();
  }

  /** Forgets a keyspace and all its tables. */
  dropKeyspace(keyspace: string): void {
    delete this.data.keyspaces[keyspace];
    for (const key of Object.keys(this.data.tables)) {
      if (this.data.tables[key]?.keyspace === keyspace) delete this.data.tables[key];
    }
    this.save();
  }

  dropTable(keyspace: string, table: string): void {
    delete this.data.tables[tableKey(keyspace, table)];
    this.save();
  }

  private save(): void {
    if (this.file === undefined) return;
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(this.data, null, 2)}\n`, 'utf8');
    renameSync(temp, this.file);
  }
}

function emptyState(): StateFile {
  return { version: 1, keyspaces: {}, tables: {} };
}

function parseState(text: string, file: string): StateFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new KsmigError('config', 'KSMIG_EMULATOR_STATE', `the emulator state file ${file} is not valid JSON`, {
      cause,
      tryMessage: 'Move the file away to start with an empty state, or point --state-dir elsewhere.',
    });
  }
  const candidate = value as Partial<StateFile> | null;
  if (
    candidate === null ||
    typeof candidate !== 'object' ||
    candidate.version !== 1 ||
    typeof candidate.keyspaces !== 'object' ||
    typeof candidate.tables !== 'object'
  ) {
    throw new KsmigError('config', 'KSMIG_EMULATOR_STATE', `the emulator state file ${file} is not a version 1 ksmig state`, {
      tryMessage: 'Move the file away to start with an empty state, or point --state-dir elsewhere.',
    });
  }
  return candidate as StateFile;
}
