// The request pipeline's hook semantics, with a scripted backend peer that answers every QUERY
// with a RESULT carrying the query text (as a SetKeyspace result, so the client can see what
// reached the backend).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestHook } from '../../src/emulator/pipeline.js';
import { Consistency, ErrorCode, Opcode } from '../../src/emulator/protocol/constants.js';
import { openEnvelope, replaceMessage } from '../../src/emulator/protocol/envelope.js';
import { encodeFrame, responseFrame } from '../../src/emulator/protocol/frame.js';
import { decodeError, decodeQuery, decodeResult, encodeError, encodeQuery, encodeResult } from '../../src/emulator/protocol/messages.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js';
import { ensureTlsMaterial, type TlsMaterial } from '../../src/emulator/tls.js';
import { RawClient } from '../integration/helpers/emulator.js';
import { startScriptedBackend, type ScriptedBackend } from './helpers/scripted-backend.js';

let backend: ScriptedBackend;
let backendPort = 0;
let dir: string;
let tls: TlsMaterial;
const received: string[] = [];
const creds = { region: 'us-east-1', accessKeyId: 'AKIDPIPE', secret: 'pipe-secret' };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ksmig-emulator-pipeline-'));
  tls = await ensureTlsMaterial(join(dir, 'tls'));
  backend = await startScriptedBackend((f, socket) => {
    if (f.opcode === Opcode.Startup) socket.write(encodeFrame(responseFrame(f.stream, Opcode.Ready, Buffer.alloc(0))));
    if (f.opcode === Opcode.Query) {
      const q = decodeQuery(f.body).query;
      received.push(q);
      socket.write(encodeFrame(responseFrame(f.stream, Opcode.Result, encodeResult({ kind: 'setKeyspace', keyspace: q }))));
    }
  });
  backendPort = backend.port;
});

afterAll(async () => {
  await backend.close();
  await rm(dir, { recursive: true, force: true });
});

async function withEmulator(hooks: RequestHook[], body: (c: RawClient) => Promise<void>): Promise<void> {
  const emulator: RunningEmulator = await startEmulator({
    backend: { host: '127.0.0.1', port: backendPort },
    listen: { host: '127.0.0.1', port: 0 },
    region: creds.region,
    keys: new Map([[creds.accessKeyId, creds.secret]]),
    tls,
    hooks,
  });
  const c = await RawClient.connect({ port: emulator.port, caPath: emulator.caPath });
  try {
    await c.authenticate(creds);
    await body(c);
  } finally {
    c.close();
    await emulator.close();
  }
}

const query = (text: string): Buffer => encodeQuery({ query: text, params: { consistency: Consistency.LOCAL_QUORUM, flags: 0 } });
const answerText = (body: Buffer): string => {
  const r = decodeResult(body);
  return r.kind === 'setKeyspace' ? r.keyspace : r.kind;
};

describe('request pipeline', () => {
  it('forwards unchanged when no hook has an opinion, and tracks USE from SetKeyspace', async () => {
    const seen: (string | undefined)[] = [];
    await withEmulator([(ctx) => void seen.push(ctx.keyspace)], async (c) => {
      const f = await c.request(1, Opcode.Query, query('plain'));
      expect(answerText(f.body)).toBe('plain');
      await c.request(2, Opcode.Query, query('second'));
    });
    // The backend answered the first query with SetKeyspace "plain": the second request sees it.
    expect(seen).toEqual([undefined, 'plain']);
  });

  it('answers from a hook without reaching the backend, on the request’s stream', async () => {
    const before = received.length;
    const refuse: RequestHook = (_ctx, r) =>
      r.opcode === 'QUERY' && r.message.query === 'refuse me'
        ? { action: 'respond', frame: responseFrame(0, Opcode.Error, encodeError({ code: ErrorCode.Invalid, message: 'no' })) }
        : undefined;
    await withEmulator([refuse], async (c) => {
      const f = await c.request(77, Opcode.Query, query('refuse me'));
      expect([f.stream, decodeError(f.body)]).toEqual([77, { code: ErrorCode.Invalid, message: 'no' }]);
    });
    expect(received.slice(before)).not.toContain('refuse me');
  });

  it('sends a rewritten frame and applies every forward hook’s answer transform in order', async () => {
    const rewrite: RequestHook = (_ctx, r) =>
      r.opcode === 'QUERY' ? { action: 'forward', frame: { ...r.frame, raw: undefined, body: query(`${r.message.query}+rewritten`) } } : undefined;
    const tag = (suffix: string): RequestHook => () => ({
      action: 'forward',
      onResponse: (resp) => {
        const env = openEnvelope(resp);
        return replaceMessage(resp, env, encodeResult({ kind: 'setKeyspace', keyspace: `${answerText(env.message)}${suffix}` }));
      },
    });
    await withEmulator([rewrite, tag('+a'), tag('+b')], async (c) => {
      const f = await c.request(2, Opcode.Query, query('q'));
      expect(answerText(f.body)).toBe('q+rewritten+a+b');
    });
  });

  it('waits for async hooks without holding up other requests', async () => {
    const slow: RequestHook = (_ctx, r) =>
      r.opcode === 'QUERY' && r.message.query === 'slow' ? new Promise((resolve) => setTimeout(() => resolve(undefined), 300)) : undefined;
    await withEmulator([slow], async (c) => {
      const order: string[] = [];
      const a = c.request(1, Opcode.Query, query('slow')).then((f) => order.push(answerText(f.body)));
      const b = c.request(2, Opcode.Query, query('fast')).then((f) => order.push(answerText(f.body)));
      await Promise.all([a, b]);
      expect(order).toEqual(['fast', 'slow']);
    });
  });

  it('answers ServerError when a hook throws, and keeps the connection', async () => {
    const broken: RequestHook = (_ctx, r) => {
      if (r.opcode === 'QUERY' && r.message.query === 'boom') throw new Error('hook failed');
      return undefined;
    };
    await withEmulator([broken], async (c) => {
      expect(decodeError((await c.request(1, Opcode.Query, query('boom'))).body)).toEqual({ code: ErrorCode.ServerError, message: 'Emulator error: hook failed' });
      expect(answerText((await c.request(2, Opcode.Query, query('after'))).body)).toBe('after');
    });
  });
});
