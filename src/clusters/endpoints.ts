/** Parsing of `host`, `host:port`, `[ipv6]:port` and bare IPv6 addresses as users write them. */
import { isIP } from 'node:net';
import { KsmigError } from '../shared/errors.js';

/** A host and port. */
export interface Endpoint {
  host: string;
  port: number;
}

/** Parses one address; `defaultPort` applies when it names no port. Throws a config error when malformed. */
export function parseEndpoint(text: string, defaultPort: number): Endpoint {
  const value = text.trim();
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(value);
  if (bracketed) return { host: bracketed[1] ?? '', port: toPort(bracketed[2], defaultPort, text) };
  // More than one colon and no brackets: a bare IPv6 address, which cannot carry a port.
  if (isIP(value) === 6) return { host: value, port: defaultPort };
  const withPort = /^([^:\s]+):(\d+)$/.exec(value);
  if (withPort) return { host: withPort[1] ?? '', port: toPort(withPort[2], defaultPort, text) };
  if (value.includes('@')) {
    // `user:password@host`: the credentials must not be echoed back.
    throw new KsmigError('config', 'KSMIG_ENDPOINT', `Not a host or host:port: "***@${value.slice(value.lastIndexOf('@') + 1)}": a user name and password do not go in the address.`, {
      tryMessage: 'give the user with --username and the password in KSMIG_ORIGIN_PASSWORD (or KSMIG_TARGET_PASSWORD)',
    });
  }
  if (value === '' || /[\s:/]/.test(value)) {
    throw new KsmigError('config', 'KSMIG_ENDPOINT', `Not a host or host:port: "${text}".`);
  }
  return { host: value, port: defaultPort };
}

/** `host:port`, bracketing IPv6 addresses, as the driver's contact points and error messages use. */
export function formatEndpoint({ host, port }: Endpoint): string {
  return isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
}

function toPort(digits: string | undefined, defaultPort: number, text: string): number {
  if (digits === undefined) return defaultPort;
  const port = Number(digits);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new KsmigError('config', 'KSMIG_ENDPOINT', `Port out of range in "${text}" (expected 1-65535).`);
  }
  return port;
}
