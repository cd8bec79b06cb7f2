/**
 * Partitioners and their token spaces. A token range is written `(start, end]` as Cassandra
 * writes it: the start is excluded, the end included. Murmur3 tokens are signed 64-bit integers
 * and no partition key hashes to the minimum (-2^63); RandomPartitioner tokens lie in [0, 2^127]
 * with -1 as its minimum. Tokens are bigints throughout.
 */

/** The partitioners whose token order a range scan can follow. */
export type PartitionerKind = 'murmur3' | 'random';

/** A partitioner's token space. */
export interface Partitioner {
  kind: PartitionerKind;
  /** Cassandra's class name. */
  className: string;
  /** The minimum token: never a key's token; `(min, max]` is the whole ring. */
  min: bigint;
  /** The largest token a key can have. */
  max: bigint;
}

export const MURMUR3: Partitioner = {
  kind: 'murmur3',
  className: 'org.apache.cassandra.dht.Murmur3Partitioner',
  min: -(2n ** 63n),
  max: 2n ** 63n - 1n,
};

export const RANDOM: Partitioner = {
  kind: 'random',
  className: 'org.apache.cassandra.dht.RandomPartitioner',
  min: -1n,
  max: 2n ** 127n,
};

/** The partitioner named by `className` (as `system.local` reports it), or undefined when ranges cannot be scanned by token. */
export function partitionerOf(className: string): Partitioner | undefined {
  const short = className.slice(className.lastIndexOf('.') + 1);
  if (short === 'Murmur3Partitioner') return MURMUR3;
  if (short === 'RandomPartitioner') return RANDOM;
  return undefined;
}

/** Parses a token as Cassandra prints it (decimal). */
export function parseToken(text: string): bigint {
  if (!/^-?\d+$/.test(text.trim())) throw new RangeError(`not a token: ${JSON.stringify(text)}`);
  return BigInt(text.trim());
}
