import { startEmulator } from '../src/emulator/server.js';
import { KeyspacesBehaviour } from '../src/emulator/keyspaces/behaviour.js';
import { ensureTlsMaterial } from '../src/emulator/tls.js';
import { RawClient } from '../test/integration/helpers/emulator.js';
import { Consistency, Opcode } from '../src/emulator/protocol/constants.js';
import { encodeFrame, requestFrame } from '../src/emulator/protocol/frame.js';
import { encodeQuery } from '../src/emulator/protocol/messages.js';
const N = Number(process.argv[2] ?? 10), M = Number(process.argv[3] ?? 1000);
const tls = await ensureTlsMaterial('/tmp/h5/tls');
const emu = await startEmulator({ backend: { host: '127.0.0.1', port: 19942 }, listen: { host: '127.0.0.1', port: 0 }, region: 'us-east-1', keys: new Map([['AKIDTEST', 'secretsecret']]), tls, behaviour: new KeyspacesBehaviour({}) });
const e = { port: emu.port, caPath: tls.caPath, region: 'us-east-1', accessKeyId: 'AKIDTEST', secret: 'secretsecret' };
const clients = await Promise.all(Array.from({ length: N }, async () => { const c = await RawClient.connect(e); await c.authenticate(e); return c; }));
const Q = encodeQuery({ query: "SELECT release_version FROM system.local WHERE key = 'local'", params: { consistency: Consistency.LOCAL_ONE, flags: 0 } });
const t0 = Date.now();
for (const c of clients) { const fr = []; for (let s = 1; s <= M; s++) fr.push(encodeFrame(requestFrame(s, Opcode.Query, Q))); c.write(Buffer.concat(fr)); }
while (clients.some(c => c.received.length - 3 < M) && Date.now() - t0 < 60000) await new Promise(r => setTimeout(r, 100));
const short = clients.map((c, i) => [i, c.received.length - 3] as const).filter(([, n]) => n < M);
console.log('done', Date.now() - t0, 'ms; short connections', JSON.stringify(short));
for (const [i] of short) { const got = new Set(clients[i]!.received.map(f => f.stream)); const missing = []; for (let s = 1; s <= M; s++) if (!got.has(s)) missing.push(s); console.log('conn', i, 'missing', missing.slice(0, 20).join(','), missing.length); }
for (const c of clients) c.close(); await emu.close();
