/**
 * What the emulator remembers about Keyspaces-only schema settings that the backend Cassandra
 * cannot hold: the replication a keyspace was created with, each table's CUSTOM_PROPERTIES,
 * AUTOSCALING_SETTINGS, TAGS and creation time (for CREATING → ACTIVE), and the key columns the
 * size limits need.
 *
 * The settings belong to the backend they were made on: they are kept in one JSON file per backend
 * (`--state-dir`/backends/<cluster name>-<host id>.json, from the backend's `system.local`), so a
 * new Cassandra never inherits an older cluster's table settings. Each table remembers the
 * backend's id of the table (`system_schema.tables.id`); `reconcile` forgets the settings of tables
 * dropped behind the emulator's back, or dropped and created again (a new id), and of keyspaces
 * that are gone. Files are rewritten atomically (temp file + rename) on every change so they
 * survive restarts; without a directory or a backend the state lives in memory only.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KsmigError } from '../../shared/errors.js';

/** The directory inside `--state-dir` that holds one state file per backend. */
export const backendsDirName = 'backends';

/** A backend state file not written for this long (ms) belongs to a cluster long gone, and is removed when another is opened. */
const STALE_STATE_MS = 30 * 24 * 3600 * 1000;

/** Which backend Cassandra the settings belong to: its `system.local` cluster_name and host_id. */
export interface BackendIdentity {
  clusterName: string;
  hostId: string;
}

/** The state file's name for a backend: `<cluster name>-<host id>.json`, the name reduced to safe characters. */
export function stateFileName(backend: BackendIdentity): string {
  const cluster = backend.clusterName.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 64) || 'cluster';
  return `${cluster}-${backend.hostId.replace(/[^A-Za-z0-9-]/g, '')}.json`;
}

/** The backend's schema as the reconciliation needs it: keyspace names, and table ids by `keyspace.table`. */
export interface BackendSchema {
  keyspaces: ReadonlySet<string>;
  tables: ReadonlyMap<string, string>;
}

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
  /**
   * The backend's id of the table (`system_schema.tables.id`), learnt after the CREATE TABLE; a
   * table of the same name with another id is another table, and does not get these settings.
   */
  id?: string | undefined;
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
  version: 2;
  /** The backend these settings belong to (also in the file's name). */
  backend?: BackendIdentity;
  keyspaces: Record<string, KeyspaceState>;
  tables: Record<string, TableState>;
}

/** The two irreversible table features the policy consults. */
export interface TableFeatures {
  ttl: boolean;
  clientSideTimestamps: boolean;
}

const tableKeys = new Map<string, Map<string, string>>();
const NO_FEATURES: Readonly<TableFeatures> = Object.freeze({ ttl: false, clientSideTimestamps: false });
const featuresByTable = new WeakMap<TableState, Readonly<TableFeatures>>();

/**
 * `ks.table` key for maps of tables: the same string object each time for the same names, since
 * the keys are looked up several times on every request and a string seen before is hashed
 * already. Bounded: forgotten when it grows.
 */
export function tableKey(keyspace: string, table: string): string {
  let byTable = tableKeys.get(keyspace);
  if (byTable === undefined) {
    if (tableKeys.size >= 1024) tableKeys.clear();
    tableKeys.set(keyspace, (byTable = new Map()));
  }
  let key = byTable.get(table);
  if (key === undefined) {
    if (byTable.size >= 4096) byTable.clear();
    byTable.set(table, (key = `${keyspace}.${table}`));
  }
  return key;
}

/** True when a custom property's `status` is `enabled` (any case). */
export function propertyEnabled(properties: CustomProperties, name: string): boolean {
  return properties[name]?.['status']?.toLowerCase() === 'enabled';
}

/** Read and write capacity units per second of a provisioned table. */
export interface ProvisionedCapacity {
  read?: number;
  write?: number;
}

const provisionedByMode = new WeakMap<Record<string, string>, ProvisionedCapacity | null>();

/** The units a `capacity_mode` property gives, or null in on-demand mode. */
function provisionedOf(mode: Record<string, string>): ProvisionedCapacity | null {
  if (mode['throughput_mode']?.toUpperCase() !== 'PROVISIONED') return null;
  const units = (key: string): number | undefined => {
    const n = Number(mode[key]);
    return Number.isFinite(n) && n > 0 ? n : undefined;
  };
  const read = units('read_capacity_units');
  const write = units('write_capacity_units');
  return { ...(read !== undefined ? { read } : {}), ...(write !== undefined ? { write } : {}) };
}

/** The Keyspaces-side state of every keyspace and table created through the emulator on one backend. */
export class EmulatorState {
  private data: StateFile;
  /** Bumped on every put; `written` has the revision of each keyspace's and table's last put (not saved). */
  private revisionCounter = 0;
  private readonly written = new Map<string, number>();
  /** The last answer of `table` (cleared by every change, in `save`). */
  private lastTable: { keyspace: string; table: string; state: TableState | undefined } | undefined;

  private constructor(
    private readonly file: string | undefined,
    data: StateFile,
  ) {
    this.data = data;
  }

  /**
   * Opens the state of `backend` in `dir` (`<dir>/backends/<cluster>-<host id>.json`, created if
   * missing; files of other backends untouched but for those not written in 30 days, which are
   * removed), or an in-memory state when either is undefined. A state file from before states were
   * kept per backend (`<dir>/keyspaces-state.json`) is not read: nothing says which backend it was for.
   */
  static open(dir: string | undefined, backend?: BackendIdentity): EmulatorState {
    if (dir === undefined || backend === undefined) return new EmulatorState(undefined, emptyState(backend));
    const folder = join(dir, backendsDirName);
    mkdirSync(folder, { recursive: true });
    const file = join(folder, stateFileName(backend));
    removeStale(folder, file);
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    return new EmulatorState(file, text === undefined ? emptyState(backend) : parseState(text, file));
  }

  /** Changes so far (every put counts one); pass it to `reconcile` with a schema read after it. */
  get revision(): number {
    return this.revisionCounter;
  }

  /**
   * Brings the state in line with the backend's schema, read when the state was at `since`
   * (keyspaces and tables written after that are left alone, since the read may predate them):
   * a table the backend no longer has, or has under another id (dropped and created again behind
   * the emulator's back), loses its settings; a table whose id is not known yet learns it; a
   * keyspace the backend no longer has is forgotten with its tables. Returns the `keyspace.table`
   * and keyspace names forgotten.
   */
  reconcile(schema: BackendSchema, since: number): string[] {
    const forgotten: string[] = [];
    let changed = false;
    const untouched = (key: string): boolean => (this.written.get(key) ?? 0) <= since;
    for (const [key, table] of Object.entries(this.data.tables)) {
      if (!untouched(key)) continue;
      const id = schema.tables.get(key);
      if (id !== undefined && (table.id === undefined || table.id === id)) {
        if (table.id === undefined) {
          this.data.tables[key] = { ...table, id };
          changed = true;
        }
        continue;
      }
      delete this.data.tables[key];
      forgotten.push(key);
      changed = true;
    }
    for (const name of Object.keys(this.data.keyspaces)) {
      if (!untouched(`\u0000${name}`) || schema.keyspaces.has(name)) continue;
      delete this.data.keyspaces[name];
      forgotten.push(name);
      changed = true;
    }
    if (changed) this.save();
    return forgotten;
  }

  /** The state file's path, or undefined in memory. */
  get path(): string | undefined {
    return this.file;
  }

  keyspace(keyspace: string): KeyspaceState | undefined {
    return this.data.keyspaces[keyspace];
  }

  table(keyspace: string, table: string): TableState | undefined {
    // A request asks for its table several times (status, features, columns, charge): the same
    // strings, mostly the same objects, so the last answer is kept until the state changes.
    const last = this.lastTable;
    if (last !== undefined && last.keyspace === keyspace && last.table === table) return last.state;
    const state = this.data.tables[tableKey(keyspace, table)];
    this.lastTable = { keyspace, table, state };
    return state;
  }

  keyspaces(): KeyspaceState[] {
    return Object.values(this.data.keyspaces);
  }

  tables(keyspace?: string): TableState[] {
    return Object.values(this.data.tables).filter((t) => keyspace === undefined || t.keyspace === keyspace);
  }

  /** TTL / client-side timestamp features; both off for tables the emulator has no record of. */
  features(keyspace: string, table: string): Readonly<TableFeatures> {
    const state = this.table(keyspace, table);
    if (state === undefined) return NO_FEATURES;
    // Asked on every write; a table's state is replaced, never changed in place, when it is altered.
    let features = featuresByTable.get(state);
    if (features === undefined) {
      features = Object.freeze({
        ttl: propertyEnabled(state.customProperties, 'ttl'),
        clientSideTimestamps: propertyEnabled(state.customProperties, 'client_side_timestamps'),
      });
      featuresByTable.set(state, features);
    }
    return features;
  }

  /**
   * The read and write capacity units per second a table was given in provisioned mode
   * (`CUSTOM_PROPERTIES = {'capacity_mode': {'throughput_mode': 'PROVISIONED', 'read_capacity_units': …,
   * 'write_capacity_units': …}}`), looked up by `keyspace.table`; undefined in on-demand mode.
   */
  provisionedCapacity(id: string): ProvisionedCapacity | undefined {
    const mode = this.data.tables[id]?.customProperties['capacity_mode'];
    if (mode === undefined) return undefined;
    // Asked on every request; a table's properties are replaced, never changed in place, when it is altered.
    let known = provisionedByMode.get(mode);
    if (known === undefined) provisionedByMode.set(mode, (known = provisionedOf(mode)));
    return known ?? undefined;
  }

  /** `CREATING` until `ddlDelayMs` after creation, then `ACTIVE`. */
  tableStatus(keyspace: string, table: string, now: number, ddlDelayMs: number): 'CREATING' | 'ACTIVE' {
    const state = this.table(keyspace, table);
    return state !== undefined && now < state.createdAt + ddlDelayMs ? 'CREATING' : 'ACTIVE';
  }

  putKeyspace(state: KeyspaceState): void {
    this.data.keyspaces[state.keyspace] = state;
    this.written.set(`\u0000${state.keyspace}`, ++this.revisionCounter);
    this.save();
  }

  /** Records a table's settings (an ALTER passes the current state on, its backend id included). */
  putTable(state: TableState): void {
    const key = tableKey(state.keyspace, state.table);
    this.data.tables[key] = state;
    this.written.set(key, ++this.revisionCounter);
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

  /** Every change ends here: writes the file (when there is one), and invalidates `table`'s last answer. */
  private save(): void {
    this.lastTable = undefined;
    if (this.file === undefined) return;
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(this.data, null, 2)}\n`, 'utf8');
    renameSync(temp, this.file);
  }
}

function emptyState(backend: BackendIdentity | undefined): StateFile {
  return { version: 2, ...(backend !== undefined ? { backend } : {}), keyspaces: {}, tables: {} };
}

/** Removes the state files in `folder` (other than `keep`) not written for STALE_STATE_MS: their clusters are long gone. */
function removeStale(folder: string, keep: string): void {
  const now = Date.now();
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    if (file === keep || !name.endsWith('.json')) continue;
    try {
      if (now - statSync(file).mtimeMs > STALE_STATE_MS) unlinkSync(file);
    } catch {
      // Another emulator may be removing it too.
    }
  }
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
    candidate.version !== 2 ||
    typeof candidate.keyspaces !== 'object' ||
    typeof candidate.tables !== 'object'
  ) {
    throw new KsmigError('config', 'KSMIG_EMULATOR_STATE', `the emulator state file ${file} is not a version 2 ksmig emulator state`, {
      tryMessage: 'Move the file away to start with an empty state, or point --state-dir elsewhere.',
    });
  }
  return candidate as StateFile;
}
