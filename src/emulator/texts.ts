/**
 * Every message the emulator itself puts on the wire. Texts marked `verbatim` are quoted from
 * Amazon Keyspaces or Apache Cassandra (source in the comment); the others are inferred and listed
 * as such in docs/emulator.md. Client input quoted in a text goes through `echo`, so no
 * text outgrows a [string] however long the input.
 */
import { echo } from './echo.js';

/** Cassandra's `ProtocolVersion.invalidVersionMessage` (apache/cassandra), with the versions Cassandra 3.11/4.0 list. Verbatim. */
export const invalidProtocolVersion = (version: number): string =>
  `Invalid or unsupported protocol version (${version}); supported versions are (3/v3, 4/v4, 5/v5-beta)`;

/** Keyspaces, DG troubleshooting.connecting (region mismatch / wrong secret). Verbatim. */
export const invalidSignature = 'Authentication failure: Invalid signature';

/** Keyspaces, DG troubleshooting.connecting (wrong service-specific password). Verbatim apart from the user name. */
export const badPassword = (username: string): string => `Provided username ${echo(username)} and/or password are incorrect`;

/** Inferred: AWS's wording for an access key it does not know. */
export const unknownAccessKey = 'Authentication failure: The security token included in the request is invalid';

/** Inferred: AWS SigV4's wording for an expired request, scoped to the SASL exchange. */
export const signatureExpired = (amzDate: string, limit: string): string =>
  `Authentication failure: Signature expired: ${amzDate} is now earlier than ${limit}`;

/** Inferred: AWS SigV4's wording for a request dated in the future. */
export const signatureNotYetCurrent = (amzDate: string, limit: string): string =>
  `Authentication failure: Signature not yet current: ${amzDate} is still later than ${limit}`;

/** Inferred: a SigV4 response without signature, access_key and amzdate, or sent without a challenge. */
export const malformedSigV4 = 'Authentication failure: Invalid SigV4 authentication response';

/** Inferred: neither `SigV4\0\0` nor a PLAIN token. */
export const unknownSaslMechanism = 'Authentication failure: Unsupported authentication mechanism';

/** Cassandra's `ServerConnection` texts for messages out of order. Verbatim (Cassandra 4.x). */
export const expectingStartup = (opcode: string): string => `Unexpected message ${opcode}, expecting STARTUP or OPTIONS`;
export const expectingSasl = (opcode: string): string => `Unexpected message ${opcode}, expecting SASL_RESPONSE`;
export const alreadyInitialized = 'Unexpected message STARTUP, the connection is already initialized';

/** Cassandra's `StartupMessage` text when a compression algorithm is requested. Verbatim. */
export const unknownCompression = (name: string): string => `Unknown compression algorithm: ${echo(name)}`;

/** Cassandra's `CBUtil.readEnumValue` text for a REGISTER naming an event type it does not know. Verbatim. */
export const invalidEventType = (type: string): string => `Invalid value '${echo(type)}' for Type`;

/** Cassandra's `OverloadedException` text when the bytes of requests in flight are over its limit. Verbatim (Cassandra 4.0+). */
export const overloaded = 'Server is in overloaded state. Cannot accept more requests at this point';

/** Inferred: the backend Cassandra could not be reached or refused the emulator's session. */
export const backendUnavailable = (cause: string): string => `Emulator backend unavailable: ${echo(cause)}`;

/** Inferred: the emulator failed while deciding on a request (a bug, or a backend answer it cannot read). */
export const emulatorError = (cause: string): string => `Emulator error: ${echo(cause)}`;

/** Inferred: an ERROR from the backend that does not decode and whose text cannot be recovered. */
export const undecodableBackendError = (code: number | undefined): string =>
  `Emulator error: the backend sent an ERROR${code === undefined ? '' : ` (code 0x${code.toString(16).padStart(4, '0')})`} that cannot be decoded`;

/** Inferred: a body the emulator could not decode. */
export const malformedMessage = (opcode: string, detail: string): string => `Invalid ${opcode} message: ${echo(detail)}`;

/** Cassandra's (and so the drivers' expected) answer to an EXECUTE of an id it does not know. */
export const unprepared = (idHex: string): string =>
  `Prepared query with ID ${echo(idHex)} not found (either the query was not prepared on this host (maybe the host has been restarted?) or you have prepared too many queries and it has been evicted from the internal cache)`;
