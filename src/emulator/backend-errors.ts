/**
 * ERROR answers from the backend, made well-formed before a client sees them. Cassandra echoes
 * client input in some error texts (a keyspace or table name, a CQL version) and writes a text
 * over 65,535 bytes with a [string] length that has wrapped around, so the body no longer
 * decodes. Such a body is rebuilt with the text cut to fit; every other ERROR passes unchanged.
 */
import { ErrorCode, Opcode } from './protocol/constants.js';
import { openEnvelope, replaceMessage, type Envelope } from './protocol/envelope.js';
import { responseFrame, type Frame } from './protocol/frame.js';
import { decodeError, encodeError, type ErrorMessage } from './protocol/messages.js';
import * as texts from './texts.js';

/** Codes whose body is only `<code><message>`: their text can be recovered from the bytes after the length. */
const PLAIN_CODES: ReadonlySet<number> = new Set([
  ErrorCode.ServerError,
  ErrorCode.ProtocolError,
  ErrorCode.BadCredentials,
  ErrorCode.Overloaded,
  ErrorCode.IsBootstrapping,
  ErrorCode.TruncateError,
  ErrorCode.SyntaxError,
  ErrorCode.Unauthorized,
  ErrorCode.Invalid,
  ErrorCode.ConfigError,
]);

/** `frame` (an ERROR from the backend) as is when it decodes; else the same error with its text cut to fit, or a ServerError. */
export function wellFormedError(frame: Frame): Frame {
  let env: Envelope;
  try {
    env = openEnvelope(frame);
  } catch {
    return responseFrame(frame.stream, Opcode.Error, encodeError({ code: ErrorCode.ServerError, message: texts.undecodableBackendError(undefined) }));
  }
  try {
    decodeError(env.message);
    return frame;
  } catch {
    // Rebuilt below.
  }
  const code = env.message.length >= 6 ? env.message.readInt32BE(0) : undefined;
  const error: ErrorMessage =
    code !== undefined && PLAIN_CODES.has(code)
      ? { code: code as typeof ErrorCode.Invalid, message: env.message.subarray(6).toString('utf8') }
      : { code: ErrorCode.ServerError, message: texts.undecodableBackendError(code) };
  return replaceMessage(frame, env, encodeError(error));
}
