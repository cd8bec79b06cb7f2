import type { CheckModule } from '../context.js';
import alterKeyspaceReplication from './alter-keyspace-replication.js';
import alterMultipleCustomProperties from './alter-multiple-custom-properties.js';
import cassandraSystemKeyspace from './cassandra-system-keyspace.js';
import clientTimestampNeedsTableFeature from './client-timestamp-needs-table-feature.js';
import clientTimestampWindow from './client-timestamp-window.js';
import clusteringKeySize from './clustering-key-size.js';
import columnsPerWrite from './columns-per-write.js';
import datacenterNotRegion from './datacenter-not-region.js';
import ddlThenDml from './ddl-then-dml.js';
import frozenInequality from './frozen-inequality.js';
import frozenNestingDepth from './frozen-nesting-depth.js';
import ignoredTableOption from './ignored-table-option.js';
import inSubqueryLimit from './in-subquery-limit.js';
import inWithRange from './in-with-range.js';
import invalidName from './invalid-name.js';
import keyspacesOnlySyntax from './keyspaces-only-syntax.js';
import loggedBatchCounter from './logged-batch-counter.js';
import loggedBatchNonEquality from './logged-batch-non-equality.js';
import loggedBatchRangeDelete from './logged-batch-range-delete.js';
import loggedBatchSameRow from './logged-batch-same-row.js';
import loggedBatchSize from './logged-batch-size.js';
import lwtCost from './lwt-cost.js';
import lwtInUnloggedBatch from './lwt-in-unlogged-batch.js';
import multiRegionTtlChange from './multi-region-ttl-change.js';
import multiRegionUnsupportedRegion from './multi-region-unsupported-region.js';
import ntsDefaultReplicationFactor from './nts-default-replication-factor.js';
import partitionKeySize from './partition-key-size.js';
import preparedDdl from './prepared-ddl.js';
import queryAssumesIndex from './query-assumes-index.js';
import queryUsesIndex from './query-uses-index.js';
import rangeDelete from './range-delete.js';
import readConsistency from './read-consistency.js';
import readOnlySystemKeyspace from './read-only-system-keyspace.js';
import replicationClass from './replication-class.js';
import replicationFactor from './replication-factor.js';
import rowSize from './row-size.js';
import simpleStrategy from './simple-strategy.js';
import singleRegionNts from './single-region-nts.js';
import staticAndRegularWrite from './static-and-regular-write.js';
import tableSchemaSize from './table-schema-size.js';
import tokenWithIn from './token-with-in.js';
import tooManyConcurrentDdl from './too-many-concurrent-ddl.js';
import tooManyKeyspaces from './too-many-keyspaces.js';
import tooManyTables from './too-many-tables.js';
import ttlNeedsTableTtl from './ttl-needs-table-ttl.js';
import ttlWritetimeOnCollection from './ttl-writetime-on-collection.js';
import undocumentedTableOption from './undocumented-table-option.js';
import unknownTable from './unknown-table.js';
import unloggedBatchSize from './unlogged-batch-size.js';
import unsupportedFunction from './unsupported-function.js';
import varintRange from './varint-range.js';
import writeConsistency from './write-consistency.js';

/** Every TypeScript check, by the name rule files use in `check:` (one module per rule). */
export const checks: Readonly<Record<string, CheckModule<never>>> = Object.fromEntries(
  [
    alterKeyspaceReplication,
    alterMultipleCustomProperties,
    cassandraSystemKeyspace,
    clientTimestampNeedsTableFeature,
    clientTimestampWindow,
    clusteringKeySize,
    columnsPerWrite,
    datacenterNotRegion,
    ddlThenDml,
    frozenInequality,
    frozenNestingDepth,
    ignoredTableOption,
    inSubqueryLimit,
    inWithRange,
    invalidName,
    keyspacesOnlySyntax,
    loggedBatchCounter,
    loggedBatchNonEquality,
    loggedBatchRangeDelete,
    loggedBatchSameRow,
    loggedBatchSize,
    lwtCost,
    lwtInUnloggedBatch,
    multiRegionTtlChange,
    multiRegionUnsupportedRegion,
    ntsDefaultReplicationFactor,
    partitionKeySize,
    preparedDdl,
    queryAssumesIndex,
    queryUsesIndex,
    rangeDelete,
    readConsistency,
    readOnlySystemKeyspace,
    replicationClass,
    replicationFactor,
    rowSize,
    simpleStrategy,
    singleRegionNts,
    staticAndRegularWrite,
    tableSchemaSize,
    tokenWithIn,
    tooManyConcurrentDdl,
    tooManyKeyspaces,
    tooManyTables,
    ttlNeedsTableTtl,
    ttlWritetimeOnCollection,
    undocumentedTableOption,
    unknownTable,
    unloggedBatchSize,
    unsupportedFunction,
    varintRange,
    writeConsistency,
  ].map((c) => [c.name, c as CheckModule<never>]),
);
