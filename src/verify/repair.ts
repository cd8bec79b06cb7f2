/**
 * `ksmig verify --fix`: each missing or different row is written again on the target from the
 * origin's current version, and with `--fix-extra` each extra row is deleted. When the target takes
 * client-side timestamps (Cassandra; Keyspaces tables with the feature on) the rewrite is stamped
 * one microsecond after the origin's latest write of the row — or now, when that is later — so no
 * tombstone written before the repair can hide it; otherwise the target stamps it itself (now).
 * Counter tables are repaired by incrementing each counter by its difference. Repaired keys are
 * kept (up to a bound) so the table can be re-checked once it is done.
 */
import cassandra from 'cassandra-driver';
import { qualifiedName, quoteName } from '../scan/table-shape.js';
import { dataTypes } from '../scan/types.js';
import type { DiffRow, TablePair } from './table-pair.js';

/** Most repaired keys kept per table for the re-check. */
const RECHECK_LIMIT = 100_000;

export class Repairer {
  /** Repaired keys per table (origin `ks.t`), for the re-check. */
  readonly repaired = new Map<string, DiffRow[]>();
  /** Repairs per table beyond what `repaired` keeps. */
  readonly uncounted = new Map<string, number>();

  constructor(
    private readonly origin: cassandra.Client,
    private readonly target: cassandra.Client,
    /** Tables (target `ks.t`) that take client-side timestamps. */
    private readonly clientTimestamps: (targetTable: string) => boolean,
    private readonly fixExtra: boolean,
    private readonly onRepair: (table: string, action: 'written' | 'deleted', row: DiffRow, pair: TablePair) => void,
  ) {}

  /** Writes the origin's version of a missing or different row. */
  async rewrite(pair: TablePair, key: DiffRow, origin: DiffRow, target: DiffRow | undefined): Promise<void> {
    const values = pair.columns.filter((c) => !/^(ttl|writetime)\(/.test(c.name));
    const table = qualifiedName(pair.targetShape.keyspace, pair.targetShape.name);
    const keyWhere = pair.keyNames.map((n) => `${quoteName(n)} = ?`).join(' AND ');
    if (pair.origin.counter) {
      // Counters cannot be set, only moved: add the difference.
      const deltas = values.map((c, i) => BigInt(String(origin.values[i] ?? 0)) - BigInt(String(target?.values[i] ?? 0)));
      const assignments = values.map((c) => `${quoteName(c.name)} = ${quoteName(c.name)} + ?`).join(', ');
      await this.target.execute(`UPDATE ${table} SET ${assignments} WHERE ${keyWhere}`, [...deltas.map((d) => cassandra.types.Long.fromString(d.toString())), ...key.key], {
        prepare: true,
        consistency: cassandra.types.consistencies.localQuorum,
      });
    } else {
      const names = [...pair.keyNames, ...values.map((c) => c.name)].map(quoteName);
      const params = [...key.key, ...values.map((c, i) => (c.adapt === undefined ? origin.values[i] : c.adapt(origin.values[i])) ?? null)];
      let using = '';
      if (this.clientTimestamps(pair.target)) {
        const written = await this.latestWrite(pair, key);
        const now = BigInt(Date.now()) * 1000n;
        const stamp = written !== undefined && written + 1n > now ? written + 1n : now;
        using = ' USING TIMESTAMP ?';
        params.push(cassandra.types.Long.fromString(stamp.toString()));
      }
      await this.target.execute(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})${using}`, params, {
        prepare: true,
        consistency: cassandra.types.consistencies.localQuorum,
      });
    }
    this.remember(pair, key);
    this.onRepair(pair.table, 'written', key, pair);
  }

  /** Deletes an extra row (only with `--fix-extra`). */
  async removeExtra(pair: TablePair, key: DiffRow): Promise<void> {
    if (!this.fixExtra) return;
    const table = qualifiedName(pair.targetShape.keyspace, pair.targetShape.name);
    const keyWhere = pair.keyNames.map((n) => `${quoteName(n)} = ?`).join(' AND ');
    const params: unknown[] = [...key.key];
    let using = '';
    if (this.clientTimestamps(pair.target)) {
      using = ' USING TIMESTAMP ?';
      params.unshift(cassandra.types.Long.fromString((BigInt(Date.now()) * 1000n).toString()));
    }
    await this.target.execute(`DELETE FROM ${table}${using} WHERE ${keyWhere}`, params, { prepare: true, consistency: cassandra.types.consistencies.localQuorum });
    this.remember(pair, key);
    this.onRepair(pair.table, 'deleted', key, pair);
  }

  /** The origin row's latest cell writetime (microseconds), when it has a timed cell. */
  private async latestWrite(pair: TablePair, key: DiffRow): Promise<bigint | undefined> {
    const timed = pair.origin.values.filter((c) => !c.multiCell && c.type.code !== dataTypes.counter);
    if (timed.length === 0) return undefined;
    const where = pair.keyNames.map((n) => `${quoteName(n)} = ?`).join(' AND ');
    const rs = await this.origin.execute(`SELECT ${timed.map((c) => `WRITETIME(${quoteName(c.name)})`).join(', ')} FROM ${qualifiedName(pair.origin.keyspace, pair.origin.name)} WHERE ${where}`, key.key, {
      prepare: true,
    });
    let latest: bigint | undefined;
    for (const v of rs.first()?.values() ?? []) {
      if (v === null || v === undefined) continue;
      const w = BigInt(String(v));
      if (latest === undefined || w > latest) latest = w;
    }
    return latest;
  }

  private remember(pair: TablePair, key: DiffRow): void {
    const list = this.repaired.get(pair.table) ?? [];
    if (list.length < RECHECK_LIMIT) list.push(key);
    else this.uncounted.set(pair.table, (this.uncounted.get(pair.table) ?? 0) + 1);
    this.repaired.set(pair.table, list);
  }
}
