/**
 * Amazon Keyspaces' quotas and fixed limits that clients run into (keyspaces-facts §5–§9, §15). One
 * definition each, shared by the audit rules' checks, the emulator, the copier and the estimator.
 */
export const limits = {
  /** Statements in one UNLOGGED batch. */
  unloggedBatchStatements: 30,
  /** Statements in one LOGGED batch. */
  loggedBatchStatements: 100,
  /** Regular columns written by one INSERT/UPDATE. */
  columnsPerWrite: 225,
  /** … when the table has TTL enabled. */
  columnsPerWriteWithTtl: 166,
  /** Data bytes of a partition key. */
  partitionKeyBytes: 2048,
  /** Data bytes of one clustering column. */
  clusteringColumnBytes: 850,
  /** Encoded size of a row, static data excluded. */
  rowBytes: 1024 * 1024,
  /** Static data per logical partition. */
  staticBytesPerPartition: 1024 * 1024,
  /** Client-side timestamps may lie this far in the past… */
  timestampPastMs: 2 * 24 * 60 * 60 * 1000,
  /** …and this far in the future. */
  timestampFutureMs: 5 * 60 * 1000,
  /** Rows one range delete may remove. */
  rangeDeleteRows: 1000,
  /** Subqueries (the Cartesian product of IN lists) of one SELECT. */
  inSubqueries: 100,
  /** Nesting depth of frozen collections. */
  frozenNesting: 8,
  /** Maximum TTL in seconds (20 years, as in Cassandra). */
  maxTtlSeconds: 630_720_000,
  /** CQL requests per second one connection may carry. */
  requestsPerConnection: 3000,
  /** Data read per page. */
  pageBytes: 1024 * 1024,
  /** Per storage partition, read request units per second. */
  partitionReadUnitsPerSecond: 3000,
  /** Per storage partition, write request units per second. */
  partitionWriteUnitsPerSecond: 1000,
} as const;
