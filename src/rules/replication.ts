import type { AlterKeyspace, AstNode, CreateKeyspace, Expression, MapEntry } from '../cql/ast/nodes.js';
import { numberValue, scalarText } from '../catalog/properties.js';
import { AWS_REGION_NAME, NO_MULTI_REGION_REGION } from '../keyspaces/regions.js';
import type { ReportData } from './context.js';

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

/**
 * The rules that judge a keyspace's replication map, strongest first. One map gets one finding:
 * the first of these rules that applies (and is selected) reports it and carries the messages of
 * the others that apply too (`also`), so a map with three problems is one line, not three.
 */
export const REPLICATION_RULES = [
  'replication-class',
  'nts-default-replication-factor',
  'datacenter-not-region',
  'multi-region-unsupported-region',
  'simple-strategy',
  'alter-keyspace-replication',
  'single-region-nts',
  'replication-factor',
] as const;

export type ReplicationRule = (typeof REPLICATION_RULES)[number];

/** One thing wrong with a replication map for Keyspaces: the rule that says so, where, and its template data. */
export interface ReplicationProblem {
  rule: ReplicationRule;
  at: AstNode;
  data: ReportData;
}

/** Classes Keyspaces knows (SimpleStrategy: undocumented there, a warning of its own). */
const KNOWN_CLASSES = new Set(['SingleRegionStrategy', 'NetworkTopologyStrategy', 'SimpleStrategy']);

const quoted = (keys: readonly string[]): string => keys.map((k) => `'${k}'`).join(', ');

/**
 * Everything a keyspace's replication map cannot be on Keyspaces, in the order of
 * `REPLICATION_RULES` (empty for `SingleRegionStrategy` and for Keyspaces' multi-Region form):
 * - `replication-class`: a class Keyspaces does not offer;
 * - `nts-default-replication-factor`: NetworkTopologyStrategy with only `replication_factor`, which
 *   Cassandra 4.0+ expands to every data centre of the cluster;
 * - `datacenter-not-region`: NetworkTopologyStrategy keys that are not AWS Region names
 *   (`replication_factor` beside named data centres among them);
 * - `multi-region-unsupported-region`: GovCloud (US) or China Regions;
 * - `simple-strategy`: SimpleStrategy;
 * - `alter-keyspace-replication`: an ALTER KEYSPACE whose map is not Keyspaces' form of adding a
 *   Region (NetworkTopologyStrategy with two or more Regions, '3' each);
 * - `single-region-nts`: a CREATE naming one data centre (ALTER adds Regions one at a time);
 * - `replication-factor`: data centres with a factor other than 3.
 * The checks of these rules and the converter's notes both read this list, so they agree.
 */
export function replicationProblems(node: CreateKeyspace | AlterKeyspace): ReplicationProblem[] {
  const map = replicationMap(node);
  const value = node.properties?.properties['replication']?.value;
  if (map === undefined || value === undefined) return [];
  const nts = map.className === 'NetworkTopologyStrategy';
  const defaultFactor = nts ? map.entries.find((e) => e.key === 'replication_factor') : undefined;
  const datacenters = nts ? map.entries.filter((e) => e !== defaultFactor) : [];
  const out: ReplicationProblem[] = [];
  if (map.fullClass !== undefined && map.className !== undefined && !KNOWN_CLASSES.has(map.className)) {
    out.push({ rule: 'replication-class', at: map.classEntry ?? value, data: { className: map.fullClass } });
  }
  if (nts && datacenters.length === 0 && defaultFactor !== undefined) {
    out.push({ rule: 'nts-default-replication-factor', at: value, data: { factor: scalarText(defaultFactor.value) ?? '?' } });
  } else if (nts) {
    const notRegions = map.entries.filter((e) => !AWS_REGION_NAME.test(e.key));
    if (notRegions.length > 0) out.push({ rule: 'datacenter-not-region', at: value, data: { datacenters: quoted(notRegions.map((e) => e.key)) } });
  }
  const noMultiRegion = datacenters.filter((e) => NO_MULTI_REGION_REGION.test(e.key));
  if (noMultiRegion.length > 0) out.push({ rule: 'multi-region-unsupported-region', at: value, data: { regions: quoted(noMultiRegion.map((e) => e.key)) } });
  if (map.className === 'SimpleStrategy') out.push({ rule: 'simple-strategy', at: value, data: {} });
  if (node.kind === 'AlterKeyspace') {
    const keyspacesForm = datacenters.length >= 2 && defaultFactor === undefined && datacenters.every((dc) => AWS_REGION_NAME.test(dc.key) && numberValue(dc.value) === 3);
    if (!keyspacesForm) out.push({ rule: 'alter-keyspace-replication', at: value, data: { keyspace: node.name.text } });
  }
  const only = datacenters[0];
  if (node.kind === 'CreateKeyspace' && datacenters.length === 1 && only !== undefined) out.push({ rule: 'single-region-nts', at: value, data: { datacenter: only.key } });
  const factors = datacenters.filter((e) => {
    const n = numberValue(e.value);
    return n !== undefined && n !== 3;
  });
  if (factors.length > 0) {
    out.push({ rule: 'replication-factor', at: value, data: { factors: factors.map((e) => `'${e.key}': ${scalarText(e.value) ?? '?'}`).join(', ') } });
  }
  return out;
}
