import type { AlterKeyspace, CreateKeyspace, Expression, MapEntry } from '../cql/ast/nodes.js';
import { scalarText } from '../catalog/properties.js';

/** The replication map of a keyspace statement: its class (full and short) and the other entries with their nodes. */
export interface ReplicationMap {
  fullClass?: string;
  className?: string;
  classEntry?: MapEntry;
  /** Entries other than `class`, in source order. */
  entries: Array<{ key: string; entry: MapEntry; value: Expression }>;
}

export function replicationMap(node: CreateKeyspace | AlterKeyspace): ReplicationMap | undefined {
  const value = node.properties?.properties['replication']?.value;
  if (value === undefined || value.kind !== 'MapLiteral') return undefined;
  const out: ReplicationMap = { entries: [] };
  for (const entry of value.entries) {
    const key = scalarText(entry.key);
    if (key === undefined) continue;
    if (key.toLowerCase() === 'class') {
      out.fullClass = scalarText(entry.value);
      out.className = out.fullClass?.split('.').pop();
      out.classEntry = entry;
    } else {
      out.entries.push({ key, entry, value: entry.value });
    }
  }
  return out;
}

/** Data-centre entries of a NetworkTopologyStrategy map (everything but `replication_factor`), or undefined for other classes. */
export function ntsDatacenters(node: CreateKeyspace | AlterKeyspace): ReplicationMap['entries'] | undefined {
  const map = replicationMap(node);
  if (map?.className !== 'NetworkTopologyStrategy') return undefined;
  return map.entries.filter((e) => e.key !== 'replication_factor');
}
