/**
 * A cluster's token ring as the nodes report it: the partitioner and every node's tokens
 * (`system.local` and `system.peers`). Reading the system tables, not the driver's internal token
 * map, keeps the ring exact for vnodes and for every driver version.
 */
import type cassandra from 'cassandra-driver';
import { partitionerOf, parseToken, type Partitioner } from './tokens.js';

/** The ring of one cluster. */
export interface Ring {
  /** Cassandra's partitioner class, as reported. */
  partitionerClass: string;
  /** The partitioner when ranges can be scanned by token; undefined otherwise (e.g. Keyspaces' DefaultPartitioner). */
  partitioner: Partitioner | undefined;
  /** Every node's tokens. */
  tokens: bigint[];
}

/** Reads the partitioner and the tokens of every node the contacted node knows. */
export async function readRing(client: cassandra.Client): Promise<Ring> {
  const local = await client.execute('SELECT partitioner, tokens FROM system.local', [], { prepare: false });
  const row = local.first();
  const partitionerClass = String(row?.get('partitioner') ?? '');
  const tokens: bigint[] = [];
  for (const t of (row?.get('tokens') as string[] | null) ?? []) tokens.push(parseToken(t));
  const peers = await client.execute('SELECT tokens FROM system.peers', [], { prepare: false });
  for (const peer of peers.rows) for (const t of (peer.get('tokens') as string[] | null) ?? []) tokens.push(parseToken(t));
  return { partitionerClass, partitioner: partitionerOf(partitionerClass), tokens };
}

/** The partitioner class a cluster reports (`system.local`), e.g. `com.amazonaws.cassandra.DefaultPartitioner` on some Keyspaces accounts. */
export async function readPartitionerClass(client: cassandra.Client): Promise<string> {
  const local = await client.execute('SELECT partitioner FROM system.local', [], { prepare: false });
  return String(local.first()?.get('partitioner') ?? '');
}
