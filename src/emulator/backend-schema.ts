/**
 * What the emulator reads of its backend's own schema, on its own account: which Cassandra it is
 * (`system.local` cluster_name and host_id, choosing the state file), which keyspaces and tables it
 * has with their ids (`system_schema`, to forget settings of tables dropped behind the emulator's
 * back), and a watch on its schema changes, so such drops are noticed while the emulator runs.
 */
import type { BackendOptions } from './backend.js';
import { BackendConnection } from './backend.js';
import type { InternalSessions } from './internal-session.js';
import { Opcode } from './protocol/constants.js';
import { encodeFrame, requestFrame } from './protocol/frame.js';
import { encodeRegister } from './protocol/messages.js';
import type { BackendIdentity, BackendSchema } from './keyspaces/state.js';

const text = (cell: Buffer | null | undefined): string => (cell === null || cell === undefined ? '' : cell.toString('utf8'));

/** A uuid cell as text (`8-4-4-4-12` lower-case hex). */
function uuid(cell: Buffer | null | undefined): string {
  const hex = cell === null || cell === undefined ? '' : cell.toString('hex');
  return hex.length === 32 ? `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}` : hex;
}

/** The backend's identity, from `system.local`. */
export async function readBackendIdentity(internal: InternalSessions): Promise<BackendIdentity> {
  const rows = await internal.query("SELECT cluster_name, host_id FROM system.local WHERE key = 'local'");
  const row = rows.rows[0];
  return { clusterName: text(row?.[0]), hostId: uuid(row?.[1]) };
}

/** The backend's keyspaces, and its tables' ids by `keyspace.table`. */
export async function readBackendSchema(internal: InternalSessions): Promise<BackendSchema> {
  const keyspaces = await internal.query('SELECT keyspace_name FROM system_schema.keyspaces');
  const tables = await internal.query('SELECT keyspace_name, table_name, id FROM system_schema.tables');
  return {
    keyspaces: new Set(keyspaces.rows.map((r) => text(r[0]))),
    tables: new Map(tables.rows.map((r) => [`${text(r[0])}.${text(r[1])}`, uuid(r[2])])),
  };
}

/** A running watch; `close` stops it. */
export interface SchemaWatch {
  close(): void;
}

/**
 * Calls `onChange` for every SCHEMA_CHANGE event of the backend (it announces changes made by
 * any client, not only through the emulator). A lost connection is opened again after a second,
 * and `onChange` is called then too, since changes may have been missed meanwhile.
 */
export function watchSchemaChanges(backend: BackendOptions, onChange: () => void, retryMs = 1000): SchemaWatch {
  let closed = false;
  let connection: BackendConnection | undefined;
  let timer: NodeJS.Timeout | undefined;
  const retry = (): void => {
    if (closed) return;
    timer = setTimeout(open, retryMs);
    timer.unref();
  };
  const open = (): void => {
    BackendConnection.open(backend, new Map([['CQL_VERSION', '3.0.0']])).then(
      (conn) => {
        if (closed) return conn.close();
        connection = conn;
        conn.onFrame = (frames) => {
          if (frames.some((f) => f.opcode === Opcode.Event)) onChange();
        };
        conn.onClose = () => {
          connection = undefined;
          if (closed) return;
          onChange();
          retry();
        };
        conn.write(encodeFrame(requestFrame(1, Opcode.Register, encodeRegister(['SCHEMA_CHANGE']))));
        conn.socket.unref();
      },
      () => retry(),
    );
  };
  open();
  return {
    close(): void {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      connection?.close();
    },
  };
}
