import { HEADER_LENGTH, PROTOCOL_V4, RESPONSE_BIT } from './constants.js';
import { i16, u32 } from './notation.js';

/** One protocol frame. `raw`, when present, is the frame's exact bytes (header + body) as received. */
export interface Frame {
  /** Protocol version without the response bit. */
  version: number;
  /** True for server → client frames (version byte has 0x80 set). */
  response: boolean;
  flags: number;
  stream: number;
  opcode: number;
  body: Buffer;
  raw?: Buffer;
}

/**
 * Largest body the emulator accepts. Cassandra 4.0+ defaults `native_transport_max_frame_size`
 * to 16 MiB; a header announcing more is treated as malformed rather than buffered.
 */
export const DEFAULT_MAX_BODY_LENGTH = 16 * 1024 * 1024;

/**
 * A frame that cannot be accepted. `stream` is the stream id to answer on (0 when the header was
 * too short to carry one), `version` the version byte the peer sent.
 */
export class FrameError extends Error {
  constructor(
    message: string,
    readonly stream: number,
    readonly version: number,
    readonly kind: 'version' | 'length' | 'direction',
  ) {
    super(message);
    this.name = 'FrameError';
  }
}

/** Serialises a frame: 9-byte header (version|direction, flags, stream, opcode, length) then body. */
export function encodeFrame(frame: Omit<Frame, 'raw'>): Buffer {
  const out = Buffer.allocUnsafe(HEADER_LENGTH + frame.body.length);
  out.writeUInt8((frame.version & 0x7f) | (frame.response ? RESPONSE_BIT : 0), 0);
  out.writeUInt8(frame.flags & 0xff, 1);
  out.writeInt16BE(frame.stream, 2);
  out.writeUInt8(frame.opcode, 4);
  out.writeUInt32BE(frame.body.length, 5);
  frame.body.copy(out, HEADER_LENGTH);
  return out;
}

/** A v4 response frame with the given stream, opcode and body. */
export function responseFrame(stream: number, opcode: number, body: Buffer, flags = 0): Frame {
  return { version: PROTOCOL_V4, response: true, flags, stream, opcode, body };
}

/** A v4 request frame with the given stream, opcode and body. */
export function requestFrame(stream: number, opcode: number, body: Buffer, flags = 0): Frame {
  return { version: PROTOCOL_V4, response: false, flags, stream, opcode, body };
}

export interface FrameDecoderOptions {
  /** Which direction the peer sends: requests (we are the server) or responses (we are the client). */
  expect: 'request' | 'response';
  maxBodyLength?: number;
  /** Versions accepted; anything else raises a FrameError of kind `version`. Default: v4 only. */
  versions?: ReadonlySet<number>;
}

const V4_ONLY: ReadonlySet<number> = new Set([PROTOCOL_V4]);

/**
 * A frame still incomplete after this many bytes is assembled in one buffer of its own, instead of
 * being kept as the chunks it arrived in. Thousands of 16 KiB TLS records are small allocations
 * the C heap keeps after they are freed; one large buffer goes back to the system when released.
 */
const ASSEMBLE_AFTER = 64 * 1024;
/** First size of an assembly buffer; it doubles as bytes arrive, up to the frame's own length. */
const ASSEMBLY_START = 256 * 1024;

/**
 * Incremental frame parser: feed it TCP chunks as they arrive (split or coalesced anyhow) and it
 * returns every complete frame. Small frames are joined from their chunks once complete; a large
 * frame is copied into one buffer that grows by doubling as its bytes arrive (at most twice the
 * bytes received, never more than the frame), so a frame's memory is one allocation.
 */
export class FrameDecoder {
  private chunks: Buffer[] = [];
  /** Where the unread bytes of `chunks[0]` start (frames are cut from a chunk without re-slicing it each time). */
  private head = 0;
  private buffered = 0;
  /** While a large frame is incomplete: the buffer it is assembled in (`chunks` is then its filled part). */
  private assembly: Buffer | undefined;
  private readonly maxBodyLength: number;
  private readonly versions: ReadonlySet<number>;
  private failed = false;

  constructor(private readonly options: FrameDecoderOptions) {
    this.maxBodyLength = options.maxBodyLength ?? DEFAULT_MAX_BODY_LENGTH;
    this.versions = options.versions ?? V4_ONLY;
  }

  /** Bytes received but not yet returned as frames. */
  get pendingBytes(): number {
    return this.buffered;
  }

  /** Bytes of memory the decoder holds for them (an assembly buffer counts whole). */
  get retainedBytes(): number {
    return this.assembly ? this.assembly.length : this.buffered;
  }

  /** Stream id of the incomplete frame being received, when its header has arrived. */
  get partialStream(): number | undefined {
    const first = this.chunks[0];
    return first !== undefined && first.length - this.head >= 4 ? first.readInt16BE(this.head + 2) : undefined;
  }

  /** Drops everything buffered and refuses further input (the connection is gone). */
  release(): void {
    this.failed = true;
    this.chunks = [];
    this.head = 0;
    this.buffered = 0;
    this.assembly = undefined;
  }

  /**
   * Adds a chunk and returns the frames it completes. Throws FrameError on a malformed header;
   * after that the decoder refuses further input (the connection must be closed).
   */
  push(chunk: Buffer): Frame[] {
    if (this.failed) return [];
    if (chunk.length > 0) this.append(chunk);
    const frames: Frame[] = [];
    while (this.buffered > 0) {
      const headerLength = Math.min(this.buffered, HEADER_LENGTH);
      const header = this.peek(headerLength);
      this.checkHeader(header, this.head, headerLength);
      if (headerLength < HEADER_LENGTH) break;
      const bodyLength = u32(header, this.head + 5);
      const total = HEADER_LENGTH + bodyLength;
      if (this.buffered < total) {
        if (this.assembly === undefined && this.buffered >= ASSEMBLE_AFTER) this.assemble(total);
        break;
      }
      const all = this.peek(total);
      const raw = all.subarray(this.head, this.head + total);
      this.consume(total);
      const versionByte = raw[0] as number;
      frames.push({
        version: versionByte & 0x7f,
        response: (versionByte & RESPONSE_BIT) !== 0,
        flags: raw[1] as number,
        stream: i16(raw, 2),
        opcode: raw[4] as number,
        body: raw.subarray(HEADER_LENGTH),
        raw,
      });
    }
    return frames;
  }

  /** Buffers a chunk: into the assembly buffer while one is open (growing it), else as one more chunk. */
  private append(chunk: Buffer): void {
    const assembly = this.assembly;
    if (assembly === undefined) {
      if (this.buffered === 0) {
        this.chunks = [chunk];
        this.head = 0;
      } else {
        this.chunks.push(chunk);
      }
      this.buffered += chunk.length;
      return;
    }
    const frameLength = HEADER_LENGTH + assembly.readUInt32BE(5);
    let target = assembly;
    if (this.buffered + chunk.length > assembly.length && assembly.length < frameLength) {
      target = Buffer.allocUnsafeSlow(Math.min(frameLength, Math.max(assembly.length * 2, this.buffered + chunk.length)));
      assembly.copy(target, 0, 0, this.buffered);
      this.assembly = target;
    }
    // Bytes past the frame's end belong to the next frames: they stay a chunk of their own.
    const fits = Math.min(chunk.length, target.length - this.buffered);
    chunk.copy(target, this.buffered, 0, fits);
    this.buffered += fits;
    this.chunks = [target.subarray(0, this.buffered)];
    if (fits < chunk.length) {
      this.chunks.push(chunk.subarray(fits));
      this.buffered += chunk.length - fits;
    }
  }

  /** Moves the buffered start of an incomplete frame of `total` bytes into an assembly buffer. */
  private assemble(total: number): void {
    const target = Buffer.allocUnsafeSlow(Math.min(total, Math.max(ASSEMBLY_START, this.buffered * 2)));
    let offset = 0;
    this.chunks.forEach((c, i) => (offset += c.copy(target, offset, i === 0 ? this.head : 0)));
    this.assembly = target;
    this.chunks = [target.subarray(0, this.buffered)];
    this.head = 0;
  }

  /**
   * Validates as much of the header as has arrived (`length` bytes of `buf` from `at`); throws as
   * early as the bytes allow.
   */
  private checkHeader(buf: Buffer, at: number, length: number): void {
    const versionByte = buf[at] as number;
    const version = versionByte & 0x7f;
    const isResponse = (versionByte & RESPONSE_BIT) !== 0;
    if (!this.versions.has(version)) {
      // v1/v2 headers carry a one-byte stream id at offset 2; v3+ a two-byte one.
      const streamEnd = version < 3 ? 3 : 4;
      if (length < streamEnd) return;
      const stream = version < 3 ? buf.readInt8(at + 2) : buf.readInt16BE(at + 2);
      this.fail(new FrameError(`Invalid or unsupported protocol version (${version})`, stream, version, 'version'));
    }
    if (isResponse !== (this.options.expect === 'response')) {
      const stream = length >= 4 ? buf.readInt16BE(at + 2) : 0;
      this.fail(new FrameError(`Wrong message direction (expected a ${this.options.expect})`, stream, version, 'direction'));
    }
    if (length < HEADER_LENGTH) return;
    const bodyLength = u32(buf, at + 5);
    if (bodyLength > this.maxBodyLength) {
      this.fail(
        new FrameError(
          `Request is too big: length ${bodyLength} exceeds maximum allowed length ${this.maxBodyLength}.`,
          buf.readInt16BE(at + 2),
          version,
          'length',
        ),
      );
    }
  }

  private fail(error: FrameError): never {
    this.release();
    throw error;
  }

  /**
   * A buffer holding the first `n` buffered bytes (n > 0) contiguously from `this.head` (joining
   * chunks only when needed).
   */
  private peek(n: number): Buffer {
    const first = this.chunks[0] as Buffer;
    if (first.length - this.head >= n) return first;
    const joined = Buffer.concat([this.head === 0 ? first : first.subarray(this.head), ...this.chunks.slice(1)], this.buffered);
    this.chunks = [joined];
    this.head = 0;
    return joined;
  }

  private consume(n: number): void {
    let left = n;
    while (left > 0) {
      const first = this.chunks[0] as Buffer;
      const unread = first.length - this.head;
      if (unread <= left) {
        this.chunks.shift();
        this.head = 0;
        left -= unread;
      } else {
        this.head += left;
        left = 0;
      }
    }
    this.buffered -= n;
    // An assembly buffer holds exactly one frame: once that frame is out, the buffer is too.
    if (this.assembly !== undefined && this.chunks[0]?.buffer !== this.assembly.buffer) this.assembly = undefined;
  }
}
