import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, freePorts, isPortTaken, parsePort } from '../../src/local/ports.js';

describe('parsePort', () => {
  it('accepts 0–65535', () => {
    expect(parsePort('0')).toBe(0);
    expect(parsePort('9042')).toBe(9042);
    expect(parsePort('65535')).toBe(65535);
  });
  it('rejects anything else', () => {
    for (const bad of ['', 'abc', '-1', '65536', '90.42', '9042x', '1e3']) expect(parsePort(bad)).toBeUndefined();
  });
});

describe('free port selection', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  it('returns distinct bindable ports that avoid the given ones', async () => {
    const avoid = [await freePort()];
    const ports = await freePorts(4, avoid);
    expect(new Set(ports).size).toBe(4);
    for (const p of ports) {
      expect(avoid).not.toContain(p);
      expect(p).toBeGreaterThan(0);
      expect(await isPortTaken(p)).toBe(false);
    }
  });

  it('sees a port that a server is listening on as taken', async () => {
    const s = createServer();
    server = s;
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    const address = s.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    expect(await isPortTaken(port)).toBe(true);
  });
});
