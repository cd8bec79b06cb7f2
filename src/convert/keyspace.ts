import type { CreateKeyspace, MapLiteral } from '../cql/ast/nodes.js';
import { identifier, mapLiteral, property, propertyMap, stringLiteral } from '../cql/ast/make.js';
import { printIdentifier } from '../cql/ast/print.js';
import { SYNTHETIC_RANGE } from '../cql/ast/ranges.js';
import { AWS_REGION_NAME, NO_MULTI_REGION_REGION } from '../keyspaces/regions.js';
import { numberValue } from '../catalog/properties.js';
import { replicationMap, replicationProblems } from '../rules/replication.js';
import { renderTemplate } from '../rules/schema.js';
import { printValue } from './ast.js';
import { ruleLabel, type ConvertContext, type Converted } from './context.js';
import { removalText } from './wording.js';

/**
 * The keyspace as Keyspaces can create it. Replication: with two or more Regions given, NTS over
 * them. With none: a NetworkTopologyStrategy map that is already a Keyspaces multi-Region map (two
 * or more AWS Region names) keeps its Regions; everything else becomes SingleRegionStrategy. One
 * Region is SingleRegionStrategy too: Keyspaces' NTS describes two Regions or more (KS4009).
 * The note names the rule of the audit's one finding for the input's replication (the first of
 * `replicationProblems`, which the checks read too), or the reason when no rule applies. A NetworkTopologyStrategy map
 * with only `replication_factor` names no Region, so it becomes SingleRegionStrategy, citing
 * KS4018. `durable_writes = false` is removed.
 */
export function convertKeyspace(create: CreateKeyspace, ctx: ConvertContext): Converted<CreateKeyspace> {
  const { wording, cite, regions } = ctx;
  const notes: string[] = [];
  const props = { ...create.properties.properties };
  const replication = props['replication'];
  const input = replicationMap(create);
  const datacenters = input?.className === 'NetworkTopologyStrategy' ? input.entries.filter((e) => e.key !== 'replication_factor') : [];
  const inputNoMultiRegion = datacenters.some((d) => NO_MULTI_REGION_REGION.test(d.key));
  const inputRegions = datacenters.length >= 2 && !inputNoMultiRegion && datacenters.every((d) => AWS_REGION_NAME.test(d.key)) ? datacenters.map((d) => d.key) : undefined;
  const targetRegions = multiRegion(regions) ? regions : regions.length === 0 ? inputRegions : undefined;
  const target: MapLiteral =
    targetRegions === undefined
      ? mapLiteral([['class', stringLiteral('SingleRegionStrategy')]])
      : mapLiteral([['class', stringLiteral('NetworkTopologyStrategy')] as const, ...targetRegions.map((r) => [r, stringLiteral('3')] as const)]);
  const unchanged =
    input !== undefined &&
    (targetRegions === undefined
      ? input.className === 'SingleRegionStrategy' && input.entries.length === 0
      : input.className === 'NetworkTopologyStrategy' &&
        datacenters.length === targetRegions.length &&
        datacenters.every((d, i) => d.key === targetRegions[i] && numberValue(d.value) === 3) &&
        datacenters.length === input.entries.length);
  if (!unchanged) {
    // The rule of the audit's one finding for this map (which carries the other reasons).
    const reported = replicationProblems(create)[0];
    const reasons = reported === undefined ? [] : [ruleLabel(cite(reported.rule))];
    if (multiRegion(regions)) reasons.push(wording.replicationRegionsReason);
    else if (regions.length > 0) reasons.push(regions.length === 1 ? wording.replicationOneRegionReason : wording.replicationNoMultiRegionReason);
    else if (reasons.length === 0) reasons.push(targetRegions !== undefined ? wording.replicationRegionsKeptReason : wording.replicationSingleRegionReason);
    const before = replication ? printValue(replication.value) : '(none)';
    notes.push(renderTemplate(wording.replicationChanged, { from: before, to: printValue(target), reasons: reasons.join('; ') }));
  }
  props['replication'] = property('replication', target);
  const durable = props['durable_writes'];
  if (durable && /false/i.test(printValue(durable.value))) {
    delete props['durable_writes'];
    notes.push(renderTemplate(removalText(wording, 'durable-writes-false'), { options: 'durable_writes = false', ...cite('durable-writes-false') }));
  }
  return { statement: { ...create, ifNotExists: true, properties: { ...create.properties, properties: props } }, notes };
}

/**
 * A keyspace the input creates tables or types in but never defines, created with the replication
 * every other keyspace gets, and a note saying so.
 */
export function addedKeyspace(name: string, ctx: ConvertContext): Converted<CreateKeyspace> {
  const create: CreateKeyspace = { kind: 'CreateKeyspace', range: SYNTHETIC_RANGE, name: identifier(name), ifNotExists: true, properties: propertyMap([]) };
  const { statement } = convertKeyspace(create, ctx);
  const replication = statement.properties.properties['replication']?.value ?? mapLiteral([]);
  return { statement, notes: [renderTemplate(ctx.wording.keyspaceAdded, { keyspace: printIdentifier(statement.name), replication: printValue(replication) })] };
}

/** What the header says about the Regions given, when they make every keyspace SingleRegionStrategy. */
export function regionNotes(ctx: ConvertContext): string[] {
  const { wording, cite, regions } = ctx;
  if (regions.length === 1) return [renderTemplate(wording.oneRegion, { region: regions[0] ?? '', ...cite('single-region-nts') })];
  if (regions.length > 1 && !multiRegion(regions)) {
    return [renderTemplate(wording.noMultiRegion, { regions: regions.filter((r) => NO_MULTI_REGION_REGION.test(r)).join(', '), ...cite('multi-region-unsupported-region') })];
  }
  return [];
}

/** Whether `regions` can be one multi-Region keyspace: two or more, none of them without multi-Region replication. */
function multiRegion(regions: readonly string[]): boolean {
  return regions.length >= 2 && !regions.some((r) => NO_MULTI_REGION_REGION.test(r));
}
