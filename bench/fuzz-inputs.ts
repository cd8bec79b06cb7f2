// Seeded fuzz inputs for the emulator's protocol layer: request frames whose bodies are well-formed
// seeds (STARTUP maps, SASL tokens, QUERY/PREPARE/EXECUTE/BATCH/REGISTER/OPTIONS messages) after
// random mutations, seeds with one field made very long, or random bytes; now and then the header
// is mutated too. Used by bench/fuzz-emulator.ts (in-process, millions of inputs) and by
// test/integration/emulator-fuzz.test.ts (over the network, for a few seconds).
import { BatchType, Consistency, HEADER_LENGTH, Opcode, QueryFlag } from '../src/emulator/protocol/constants.js';
import { encodeFrame, requestFrame } from '../src/emulator/protocol/frame.js';
import { encodeBatch, encodeExecute, encodePrepare, encodeQuery, encodeRegister, encodeStringMap, encodeToken, type QueryParameters } from '../src/emulator/protocol/messages.js';
import { rng } from './random.js';

/** One fuzz input: the frame bytes to send and how they were made. */
export interface FuzzInput {
  /** The opcode the body was made for (the header may say otherwise). */
  opcode: number;
  /** What was done to the seed, for reports (`mutate×3`, `long-field`, `random`, `+header`). */
  how: string;
  frame: Buffer;
}

export interface FuzzOptions {
  /** Opcodes to make bodies for. */
  opcodes: readonly number[];
  /**
   * Only statements the emulator refuses, or reads of system tables, as QUERY/PREPARE seeds, so a
   * mutation that still parses does not create or drop schema on a shared backend.
   */
  backendSafe?: boolean;
  /** Longest field made by the long-field strategy (default 140,000 bytes). */
  maxLongField?: number;
}

/** Statements the emulator refuses or answers without changing anything. */
const SAFE_CQL = [
  "SELECT release_version FROM system.local WHERE key = 'local'",
  'SELECT * FROM system.peers',
  'SELECT keyspace_name FROM system_schema.keyspaces',
  'SELECT * FROM system_schema_mcs.tables',
  'SELECT * FROM no_such_ks.t WHERE k = ?',
  'INSERT INTO no_such_ks.t (k, v) VALUES (?, ?) USING TTL 10',
  'CREATE TABLE no_such_ks.bad$name (k int PRIMARY KEY)',
  "CREATE KEYSPACE fuzz_refused WITH replication = {'class': 'NetworkTopologyStrategy', 'dc-1': 3}",
  'CREATE INDEX ON no_such_ks.t (v)',
  'CREATE MATERIALIZED VIEW no_such_ks.mv AS SELECT * FROM no_such_ks.t WHERE k IS NOT NULL PRIMARY KEY (k)',
  'TRUNCATE no_such_ks.t',
  'SELECT writetime(v), ttl(v) FROM no_such_ks.t WHERE k IN (1, 2, 3)',
  "BEGIN BATCH INSERT INTO no_such_ks.t (k) VALUES (1); APPLY BATCH",
  'SELECT v FROM system.local WHERE key LIKE ?',
  'GRANT SELECT ON KEYSPACE no_such_ks TO someone',
];

/** More statements for an in-process run, where nothing reaches a backend. */
const MORE_CQL = [
  'CREATE KEYSPACE ks WITH replication = {\'class\': \'SingleRegionStrategy\'}',
  'CREATE TABLE ks.t (k int, c text, v blob, PRIMARY KEY ((k), c)) WITH CUSTOM_PROPERTIES = {\'capacity_mode\': {\'throughput_mode\': \'PAY_PER_REQUEST\'}}',
  'ALTER TABLE ks.t ADD w map<text, frozen<list<int>>>',
  'UPDATE ks.t USING TIMESTAMP 123 SET v = 0x00 WHERE k = 1 AND c = \'a\' IF EXISTS',
  'DELETE FROM ks.t WHERE k = 1 AND c > \'a\'',
  'USE ks',
  'DROP TABLE ks.t',
];

const CONSISTENCIES = Object.values(Consistency);

/** The longest head of `text` that still fits a [string] (65,535 bytes in UTF-8). */
function atMost65535(text: string): string {
  let head = text.slice(0, 65_535);
  while (Buffer.byteLength(head, 'utf8') > 65_535) head = head.slice(0, -1024);
  return head;
}

/** Random inputs from `seed`; `next()` never returns the same sequence for another seed. */
export class FuzzInputs {
  private readonly random: () => number;
  private readonly cql: readonly string[];
  private readonly maxLongField: number;

  constructor(
    seed: number,
    private readonly options: FuzzOptions,
  ) {
    this.random = rng(seed);
    this.cql = options.backendSafe ? SAFE_CQL : [...SAFE_CQL, ...MORE_CQL];
    this.maxLongField = options.maxLongField ?? 140_000;
  }

  /** The next input. */
  next(): FuzzInput {
    const opcode = this.pick(this.options.opcodes);
    const roll = this.random();
    let body: Buffer;
    let how: string;
    if (roll < 0.1) {
      body = this.bytes(this.length());
      how = 'random';
    } else if (roll < 0.25) {
      body = this.seed(opcode, this.longText());
      how = 'long-field';
    } else {
      body = this.seed(opcode);
      const count = 1 + Math.floor(this.random() * 4);
      for (let i = 0; i < count; i++) body = this.mutate(body);
      how = `mutate×${count}`;
    }
    const stream = this.random() < 0.1 ? -1 - this.int(32768) : this.int(32768);
    const frame = encodeFrame(requestFrame(stream, opcode, body));
    if (this.random() < 0.08) {
      this.mutateHeader(frame);
      how += '+header';
    }
    return { opcode, how, frame };
  }

  private int(n: number): number {
    return Math.floor(this.random() * n);
  }

  private pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T;
  }

  private bytes(n: number): Buffer {
    const out = Buffer.allocUnsafe(n);
    for (let i = 0; i < n; i++) out[i] = this.int(256);
    return out;
  }

  /** Mostly short, sometimes a few KiB, rarely past a [string]'s 65,535 bytes. */
  private length(): number {
    const r = this.random();
    if (r < 0.7) return this.int(64);
    if (r < 0.97) return this.int(4096);
    return 65_536 + this.int(this.maxLongField - 65_536);
  }

  /**
   * A text past what a [string] holds (64 KiB up to maxLongField bytes) one time in four, else of
   * 256 bytes to 8 KiB; ASCII, or multi-byte characters now and then.
   */
  private longText(): string {
    const n = this.random() < 0.25 ? 65_536 + this.int(this.maxLongField - 65_536) : 256 + this.int(8192 - 256);
    const unit = this.pick(['x', 'é', '😀', 'ab\u0000']);
    return unit.repeat(Math.max(1, Math.floor(n / Buffer.byteLength(unit))));
  }

  private params(): QueryParameters {
    const flags = this.int(128) & ~QueryFlag.NamesForValues;
    const p: QueryParameters = { consistency: this.pick(CONSISTENCIES), flags };
    if (flags & QueryFlag.Values) p.values = Array.from({ length: this.int(4) }, () => (this.random() < 0.2 ? null : this.bytes(this.int(16))));
    if (flags & QueryFlag.PageSize) p.pageSize = this.pick([1, 100, 5000, 0, -1]);
    if (flags & QueryFlag.PagingState) p.pagingState = this.bytes(this.int(32));
    if (flags & QueryFlag.SerialConsistency) p.serialConsistency = this.pick(CONSISTENCIES);
    if (flags & QueryFlag.DefaultTimestamp) p.timestamp = BigInt(Date.now()) * 1000n;
    return p;
  }

  /** A well-formed body for `opcode`; `long`, when given, goes into one of its text fields. */
  private seed(opcode: number, long?: string): Buffer {
    const cql = (): string => {
      const base = this.pick(this.cql);
      if (long === undefined) return base;
      // Put the long text where a name or a literal would be.
      return this.pick([`${base} -- ${long}`, base.replace(/no_such_ks|ks\b/, long.replace(/\W/g, 'n')), `SELECT ${long.replace(/\W/g, 'f')}(k) FROM no_such_ks.t`]);
    };
    switch (opcode) {
      case Opcode.Startup: {
        const map = new Map([['CQL_VERSION', this.pick(['3.0.0', '3.4.4', '9.9.9', ''])]]);
        if (this.random() < 0.5) map.set('COMPRESSION', this.pick(['lz4', 'snappy', '']));
        if (this.random() < 0.5) map.set('DRIVER_NAME', 'fuzz');
        if (long !== undefined) map.set(this.pick(['COMPRESSION', 'CQL_VERSION', 'DRIVER_VERSION']), atMost65535(long));
        return encodeStringMap(map);
      }
      case Opcode.AuthResponse: {
        const user = long ?? this.pick(['AKIAFUZZ', 'cassandra', '']);
        const token = this.pick([
          `\u0000${user}\u0000${long ?? 'not-the-password'}`,
          'SigV4\u0000\u0000',
          `signature=${'0'.repeat(64)},access_key=${user},amzdate=2024-01-01T00:00:00.000Z`,
          user,
        ]);
        return this.random() < 0.05 ? encodeToken(null) : encodeToken(Buffer.from(token, 'utf8'));
      }
      case Opcode.Query:
        return encodeQuery({ query: cql(), params: this.params() });
      case Opcode.Prepare:
        return encodePrepare(cql());
      case Opcode.Execute:
        return encodeExecute({ id: long !== undefined ? Buffer.from(atMost65535(long)) : this.bytes(16), params: this.params() });
      case Opcode.Batch:
        return encodeBatch({
          type: this.pick([BatchType.Logged, BatchType.Unlogged, BatchType.Counter]),
          statements: Array.from({ length: 1 + this.int(3) }, () =>
            this.random() < 0.5 ? { kind: 'query' as const, query: cql(), values: [] } : { kind: 'prepared' as const, id: this.bytes(16), values: [this.bytes(4)] },
          ),
          consistency: this.pick(CONSISTENCIES),
          flags: 0,
        });
      case Opcode.Register:
        return encodeRegister(long !== undefined ? [atMost65535(long)] : [this.pick(['SCHEMA_CHANGE', 'STATUS_CHANGE', 'topology_change', 'NOPE'])]);
      default:
        return Buffer.alloc(0);
    }
  }

  private mutate(body: Buffer): Buffer {
    if (body.length === 0) return this.bytes(1 + this.int(8));
    const at = this.int(body.length);
    switch (this.int(7)) {
      case 0: {
        const out = Buffer.from(body);
        out[at] = (out[at] as number) ^ (1 << this.int(8));
        return out;
      }
      case 1: {
        const out = Buffer.from(body);
        out[at] = this.pick([0x00, 0x01, 0x7f, 0x80, 0xff]);
        return out;
      }
      case 2: {
        // A length field with an edge value: [short]s and [int]s are where decoders go wrong.
        const out = Buffer.from(body);
        if (this.random() < 0.5 && at + 2 <= out.length) out.writeUInt16BE(this.pick([0, 1, 0x7fff, 0x8000, 0xffff, body.length]), at);
        else if (at + 4 <= out.length) out.writeInt32BE(this.pick([0, 1, -1, -2, -3, 0x7fffffff, -0x80000000, body.length, body.length + 1]), at);
        return out;
      }
      case 3:
        return Buffer.concat([body.subarray(0, at), this.bytes(1 + this.int(16)), body.subarray(at)]);
      case 4:
        return Buffer.concat([body.subarray(0, at), body.subarray(Math.min(body.length, at + 1 + this.int(16)))]);
      case 5:
        return body.subarray(0, at);
      default: {
        const end = Math.min(body.length, at + 1 + this.int(64));
        return Buffer.concat([body.subarray(0, end), body.subarray(at, end), body.subarray(end)]);
      }
    }
  }

  /** Version, flags, opcode or length of the header: each a way for a frame to be refused or mis-framed. */
  private mutateHeader(frame: Buffer): void {
    switch (this.int(4)) {
      case 0:
        frame[0] = this.pick([3, 5, 0x84, 0x42, 0]);
        break;
      case 1:
        frame[1] = this.int(256);
        break;
      case 2:
        frame[4] = this.int(256);
        break;
      default: {
        const body = frame.length - HEADER_LENGTH;
        frame.writeUInt32BE(Math.max(0, this.pick([body - 1, body + 1, 0, 0x00ffffff, 0x7fffffff])), 5);
      }
    }
  }
}
