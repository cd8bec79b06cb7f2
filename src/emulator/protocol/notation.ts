/**
 * The protocol's notation types ([int], [short], [string], [long string], [bytes], [short bytes],
 * [string map], [string multimap], [inet], …): a bounds-checked reader and a growable writer.
 */

/** Largest [string]: its length is a [short]. */
export const MAX_STRING_BYTES = 0xffff;

const CUT_MARK = '… (truncated)';

/**
 * `text` cut so that its UTF-8 form fits in `maxBytes` (at a character boundary, with a note that
 * it was cut); unchanged when it already fits. For free text that must go into a [string].
 */
export function fitString(text: string, maxBytes = MAX_STRING_BYTES): string {
  // Most texts are far below the limit; UTF-8 needs at most 3 bytes per UTF-16 code unit.
  if (text.length * 3 <= maxBytes || Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const bytes = Buffer.from(text, 'utf8');
  let end = maxBytes - Buffer.byteLength(CUT_MARK, 'utf8');
  // Back up to the first byte of a UTF-8 sequence (continuation bytes are 10xxxxxx).
  while (end > 0 && ((bytes[end] as number) & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString('utf8') + CUT_MARK;
}

/** Thrown when a body is shorter than its contents claim, or a value is out of range. */
export class ProtocolDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProtocolDecodeError';
  }
}

// Big-endian integers read by index: Buffer's readUInt16BE/readInt32BE validate their offset through
// Node's argument checks on every call, a visible share of decoding a request. Callers check bounds.

/** The unsigned 16-bit integer at `at` (big-endian). */
export function u16(buf: Buffer, at: number): number {
  return ((buf[at] as number) << 8) | (buf[at + 1] as number);
}

/** The signed 16-bit integer at `at` (big-endian). */
export function i16(buf: Buffer, at: number): number {
  return (((buf[at] as number) << 24) >> 16) | (buf[at + 1] as number);
}

/** The signed 32-bit integer at `at` (big-endian). */
export function i32(buf: Buffer, at: number): number {
  return ((buf[at] as number) << 24) | ((buf[at + 1] as number) << 16) | ((buf[at + 2] as number) << 8) | (buf[at + 3] as number);
}

/** The unsigned 32-bit integer at `at` (big-endian). */
export function u32(buf: Buffer, at: number): number {
  return i32(buf, at) >>> 0;
}

/** Reads notation values from a body, left to right; every read checks the remaining length. */
export class Reader {
  offset: number;

  constructor(
    readonly buf: Buffer,
    offset = 0,
  ) {
    this.offset = offset;
  }

  get remaining(): number {
    return this.buf.length - this.offset;
  }

  private need(n: number, what: string): void {
    if (n < 0 || this.offset + n > this.buf.length) {
      throw new ProtocolDecodeError(`Not enough bytes to read ${what} (need ${n}, have ${this.remaining})`);
    }
  }

  byte(): number {
    this.need(1, 'a byte');
    return this.buf[this.offset++] as number;
  }

  short(): number {
    this.need(2, 'a [short]');
    const v = u16(this.buf, this.offset);
    this.offset += 2;
    return v;
  }

  int(): number {
    this.need(4, 'an [int]');
    const v = i32(this.buf, this.offset);
    this.offset += 4;
    return v;
  }

  long(): bigint {
    this.need(8, 'a [long]');
    const v = this.buf.readBigInt64BE(this.offset);
    this.offset += 8;
    return v;
  }

  raw(n: number): Buffer {
    this.need(n, `${n} bytes`);
    const v = this.buf.subarray(this.offset, this.offset + n);
    this.offset += n;
    return v;
  }

  string(): string {
    const n = this.short();
    return this.raw(n).toString('utf8');
  }

  /** Skips a [string] exactly as `string()` reads it (the same checks), without decoding it. */
  skipString(): void {
    const n = this.short();
    this.need(n, `${n} bytes`);
    this.offset += n;
  }

  longString(): string {
    const n = this.int();
    if (n < 0) throw new ProtocolDecodeError(`Negative [long string] length ${n}`);
    return this.raw(n).toString('utf8');
  }

  /** [bytes]: null when the length is negative. */
  bytes(): Buffer | null {
    const n = this.int();
    if (n < 0) return null;
    return this.raw(n);
  }

  /** Skips a [bytes] exactly as `bytes()` reads it (the same checks); returns its length, 0 for null. */
  skipBytes(): number {
    const n = this.int();
    if (n < 0) return 0;
    this.need(n, `${n} bytes`);
    this.offset += n;
    return n;
  }

  shortBytes(): Buffer {
    return this.raw(this.short());
  }

  /** [value]: a [bytes] where -1 is null and -2 is "not set". */
  value(): Buffer | null | undefined {
    const n = this.int();
    if (n === -1) return null;
    if (n === -2) return undefined;
    if (n < 0) throw new ProtocolDecodeError(`Invalid [value] length ${n}`);
    return this.raw(n);
  }

  stringList(): string[] {
    const n = this.short();
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.string());
    return out;
  }

  stringMap(): Map<string, string> {
    const n = this.short();
    const out = new Map<string, string>();
    for (let i = 0; i < n; i++) out.set(this.string(), this.string());
    return out;
  }

  stringMultimap(): Map<string, string[]> {
    const n = this.short();
    const out = new Map<string, string[]>();
    for (let i = 0; i < n; i++) out.set(this.string(), this.stringList());
    return out;
  }

  bytesMap(): Map<string, Buffer | null> {
    const n = this.short();
    const out = new Map<string, Buffer | null>();
    for (let i = 0; i < n; i++) out.set(this.string(), this.bytes());
    return out;
  }

  uuid(): Buffer {
    return this.raw(16);
  }

  /** [inet]: address bytes (4 or 16) and port. */
  inet(): { address: string; port: number } {
    const size = this.byte();
    if (size !== 4 && size !== 16) throw new ProtocolDecodeError(`Invalid [inet] address size ${size}`);
    const address = inetToString(this.raw(size));
    return { address, port: this.int() };
  }

  /** The unread rest of the body. */
  rest(): Buffer {
    return this.raw(this.remaining);
  }

  /** Fails when bytes are left over (a body must be consumed exactly). */
  end(what: string): void {
    if (this.remaining !== 0) throw new ProtocolDecodeError(`${this.remaining} unexpected trailing bytes in ${what}`);
  }
}

/** Appends notation values; `toBuffer()` returns the bytes written so far. */
export class Writer {
  private chunks: Buffer[] = [];
  private size = 0;

  private push(b: Buffer): this {
    this.chunks.push(b);
    this.size += b.length;
    return this;
  }

  byte(v: number): this {
    const b = Buffer.allocUnsafe(1);
    b.writeUInt8(v & 0xff, 0);
    return this.push(b);
  }

  short(v: number): this {
    const b = Buffer.allocUnsafe(2);
    b.writeUInt16BE(v & 0xffff, 0);
    return this.push(b);
  }

  int(v: number): this {
    const b = Buffer.allocUnsafe(4);
    b.writeInt32BE(v, 0);
    return this.push(b);
  }

  long(v: bigint): this {
    const b = Buffer.allocUnsafe(8);
    b.writeBigInt64BE(v, 0);
    return this.push(b);
  }

  raw(b: Buffer): this {
    return this.push(b);
  }

  string(s: string): this {
    const b = Buffer.from(s, 'utf8');
    if (b.length > MAX_STRING_BYTES) throw new RangeError('[string] longer than 65535 bytes');
    return this.short(b.length).push(b);
  }

  longString(s: string): this {
    const b = Buffer.from(s, 'utf8');
    return this.int(b.length).push(b);
  }

  bytes(b: Buffer | null): this {
    if (b === null) return this.int(-1);
    return this.int(b.length).push(b);
  }

  shortBytes(b: Buffer): this {
    return this.short(b.length).push(b);
  }

  value(b: Buffer | null | undefined): this {
    if (b === undefined) return this.int(-2);
    return this.bytes(b);
  }

  stringList(list: readonly string[]): this {
    this.short(list.length);
    for (const s of list) this.string(s);
    return this;
  }

  stringMap(map: ReadonlyMap<string, string>): this {
    this.short(map.size);
    for (const [k, v] of map) this.string(k).string(v);
    return this;
  }

  stringMultimap(map: ReadonlyMap<string, readonly string[]>): this {
    this.short(map.size);
    for (const [k, v] of map) this.string(k).stringList(v);
    return this;
  }

  bytesMap(map: ReadonlyMap<string, Buffer | null>): this {
    this.short(map.size);
    for (const [k, v] of map) this.string(k).bytes(v);
    return this;
  }

  inet(address: string, port: number): this {
    const b = inetFromString(address);
    return this.byte(b.length).raw(b).int(port);
  }

  toBuffer(): Buffer {
    return this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks, this.size);
  }
}

/** Text form of 4 or 16 address bytes. */
export function inetToString(b: Buffer): string {
  if (b.length === 4) return `${b[0]}.${b[1]}.${b[2]}.${b[3]}`;
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(b.readUInt16BE(i).toString(16));
  return groups.join(':');
}

/** Address bytes of an IPv4 dotted quad or a (possibly abbreviated) IPv6 address. */
export function inetFromString(address: string): Buffer {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address);
  if (v4) return Buffer.from(v4.slice(1, 5).map((p) => Number(p)));
  const [head = '', tail] = address.split('::');
  const headParts = head === '' ? [] : head.split(':');
  const tailParts = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - headParts.length - tailParts.length;
  if (tail === undefined ? headParts.length !== 8 : missing < 0) throw new RangeError(`Not an IP address: ${address}`);
  const parts = [...headParts, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...tailParts];
  const out = Buffer.alloc(16);
  parts.forEach((p, i) => {
    const n = Number.parseInt(p, 16);
    if (!/^[0-9a-f]{1,4}$/i.test(p)) throw new RangeError(`Not an IP address: ${address}`);
    out.writeUInt16BE(n, i * 2);
  });
  return out;
}
