// Server events through the proxy, with a scripted backend peer that emits the events a real
// cluster would only send on topology changes: TOPOLOGY_CHANGE and STATUS_CHANGE (which carry
// backend addresses) are dropped, SCHEMA_CHANGE reaches the client.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_STREAM, Opcode } from '../../src/emulator/protocol/constants.js';
import { encodeFrame, responseFrame } from '../../src/emulator/protocol/frame.js';
import { decodeEvent, encodeEvent, encodeRegister } from '../../src/emulator/protocol/messages.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js';
import { ensureTlsMaterial } from '../../src/emulator/tls.js';
import { RawClient } from '../integration/helpers/emulator.js';
import { startScriptedBackend, type ScriptedBackend } from './helpers/scripted-backend.js';

let backend: ScriptedBackend;
let emulator: RunningEmulator;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ksmig-emulator-events-'));
  backend = await startScriptedBackend((f, socket) => {
    if (f.opcode === Opcode.Startup) socket.write(encodeFrame(responseFrame(f.stream, Opcode.Ready, Buffer.alloc(0))));
    if (f.opcode === Opcode.Register) {
      socket.write(encodeFrame(responseFrame(f.stream, Opcode.Ready, Buffer.alloc(0))));
      const events = [
        encodeEvent({ type: 'TOPOLOGY_CHANGE', change: 'NEW_NODE', address: '10.9.8.7', port: 9042 }),
        encodeEvent({ type: 'STATUS_CHANGE', change: 'DOWN', address: '10.9.8.7', port: 9042 }),
        encodeEvent({ type: 'SCHEMA_CHANGE', change: { changeType: 'CREATED', target: 'TABLE', keyspace: 'ks', name: 't' } }),
      ];
      socket.write(Buffer.concat(events.map((e) => encodeFrame(responseFrame(EVENT_STREAM, Opcode.Event, e)))));
    }
  });
  const port = backend.port;
  emulator = await startEmulator({
    backend: { host: '127.0.0.1', port },
    listen: { host: '127.0.0.1', port: 0 },
    region: 'us-east-1',
    keys: new Map([['AKIDEVENTS', 'events-secret']]),
    tls: await ensureTlsMaterial(join(dir, 'tls')),
  });
});

afterAll(async () => {
  await emulator.close();
  await backend.close();
  await rm(dir, { recursive: true, force: true });
});

describe('server events', () => {
  it('passes SCHEMA_CHANGE and drops TOPOLOGY_CHANGE and STATUS_CHANGE', async () => {
    const emu = { port: emulator.port, caPath: emulator.caPath, region: 'us-east-1', accessKeyId: 'AKIDEVENTS', secret: 'events-secret' };
    const client = await RawClient.connect(emu);
    try {
      await client.authenticate(emu);
      const event = client.next(EVENT_STREAM);
      const ready = await client.request(1, Opcode.Register, encodeRegister(['TOPOLOGY_CHANGE', 'STATUS_CHANGE', 'SCHEMA_CHANGE']));
      expect(ready.opcode).toBe(Opcode.Ready);
      expect(decodeEvent((await event).body)).toEqual({
        type: 'SCHEMA_CHANGE',
        change: { changeType: 'CREATED', target: 'TABLE', keyspace: 'ks', name: 't' },
      });
      // Give any dropped event time to arrive, then check only the schema change came through.
      await client.request(2, Opcode.Options, Buffer.alloc(0));
      expect(client.received.filter((f) => f.opcode === Opcode.Event)).toHaveLength(1);
    } finally {
      client.close();
    }
  });
});
