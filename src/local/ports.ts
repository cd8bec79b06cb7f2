import { createServer } from 'node:net';

/** Loopback address every local server binds to. */
export const LOOPBACK = '127.0.0.1';

/**
 * Asks the kernel for a free TCP port on loopback (binds port 0, reads it, closes). Another process
 * can take it before Cassandra binds it; startLocalCassandra retries once with fresh ports.
 */
export function freePort(host: string = LOOPBACK): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host, port: 0, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}

/** `count` distinct free loopback ports, none of them in `avoid`. */
export async function freePorts(count: number, avoid: readonly number[] = [], host: string = LOOPBACK): Promise<number[]> {
  const taken = new Set(avoid);
  const ports: number[] = [];
  for (let attempts = 0; ports.length < count; attempts++) {
    if (attempts > count * 20) throw new Error(`could not find ${count} free ports on ${host}`);
    const port = await freePort(host);
    if (taken.has(port)) continue;
    taken.add(port);
    ports.push(port);
  }
  return ports;
}

/** Whether host:port is already bound by something (a bind attempt fails). */
export function isPortTaken(port: number, host: string = LOOPBACK): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(true));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(false)));
  });
}

/**
 * Parses a TCP port given by a user: an integer 0–65535 (0 means "pick a free one").
 * Returns undefined for anything else.
 */
export function parsePort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text.trim())) return undefined;
  const port = Number(text.trim());
  return port <= 65535 ? port : undefined;
}
