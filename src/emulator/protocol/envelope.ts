import { FrameFlag } from './constants.js';
import type { Frame } from './frame.js';
import { Reader, Writer } from './notation.js';

/**
 * What the frame flags put in front of a message: a request's custom payload, or a response's
 * tracing id, warnings and custom payload (in that order). `message` is the rest of the body.
 */
export interface Envelope {
  tracingId?: Buffer;
  warnings?: string[];
  customPayload?: Map<string, Buffer | null>;
  message: Buffer;
}

/** Splits a frame body into its envelope parts and the message. Compressed bodies are not supported. */
export function openEnvelope(frame: Frame): Envelope {
  // Most frames carry nothing in front of their message (every request the common drivers send).
  if ((frame.flags & (FrameFlag.CustomPayload | (frame.response ? FrameFlag.Tracing | FrameFlag.Warning : 0))) === 0) return { message: frame.body };
  const r = new Reader(frame.body);
  const env: Partial<Envelope> = {};
  if (frame.response && frame.flags & FrameFlag.Tracing) env.tracingId = r.uuid();
  if (frame.response && frame.flags & FrameFlag.Warning) env.warnings = r.stringList();
  if (frame.flags & FrameFlag.CustomPayload) env.customPayload = r.bytesMap();
  return { ...env, message: r.rest() };
}

/** The body and flags for `env` (inverse of openEnvelope); other flags of `flags` are kept. */
export function sealEnvelope(env: Envelope, response: boolean, flags: number): { flags: number; body: Buffer } {
  const w = new Writer();
  let out = flags & ~(FrameFlag.Warning | FrameFlag.CustomPayload | (response ? FrameFlag.Tracing : 0));
  if (response && env.tracingId) {
    w.raw(env.tracingId);
    out |= FrameFlag.Tracing;
  }
  if (response && env.warnings) {
    w.stringList(env.warnings);
    out |= FrameFlag.Warning;
  }
  if (env.customPayload) {
    w.bytesMap(env.customPayload);
    out |= FrameFlag.CustomPayload;
  }
  w.raw(env.message);
  return { flags: out, body: w.toBuffer() };
}

/** The frame with its message replaced, envelope kept. */
export function replaceMessage(frame: Frame, env: Envelope, message: Buffer): Frame {
  const sealed = sealEnvelope({ ...env, message }, frame.response, frame.flags);
  return { version: frame.version, response: frame.response, stream: frame.stream, opcode: frame.opcode, ...sealed };
}
