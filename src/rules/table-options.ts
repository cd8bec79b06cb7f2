import type { AlterTable, CreateMaterializedView, CreateTable, Property, PropertyMap } from '../cql/ast/nodes.js';

/** Table options Keyspaces documents as its own (keyspaces-facts §13). */
export const KEYSPACES_TABLE_OPTIONS = new Set(['cdc', 'custom_properties', 'autoscaling_settings', 'default_time_to_live', 'tags', 'comment']);

/** Options Keyspaces documents as ignored; compaction and compression have rules of their own. */
export const IGNORED_TABLE_OPTIONS = new Set(['caching', 'bloom_filter_fp_chance', 'gc_grace_seconds', 'read_repair_chance', 'dclocal_read_repair_chance', 'read_repair']);

/** The WITH properties of a table statement, in source order. */
export function tableProperties(node: CreateTable | AlterTable | CreateMaterializedView): Property[] {
  let map: PropertyMap | undefined;
  if (node.kind === 'AlterTable') map = node.action.kind === 'AlterTableWith' ? node.action.properties : undefined;
  else map = node.properties;
  return Object.values(map?.properties ?? {});
}
