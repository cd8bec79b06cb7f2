import { connect } from 'node:net';
import { FrameDecoder, encodeFrame, requestFrame } from '../src/emulator/protocol/frame.js';
import { encodeQuery, encodeStringMap } from '../src/emulator/protocol/messages.js';
const [N, M, port] = [Number(process.argv[2]), Number(process.argv[3]), Number(process.argv[4])];
const Q = encodeQuery({ query: "SELECT release_version FROM system.local WHERE key = 'local'", params: { consistency: 10, flags: 0 } });
const counts: number[] = []; const errs: number[] = [];
await Promise.all(Array.from({ length: N }, (_, i) => new Promise<void>((resolve) => {
  counts[i] = 0; errs[i] = 0;
  const d = new FrameDecoder({ expect: 'response' });
  const s = connect({ host: '127.0.0.1', port }, () => s.write(encodeFrame(requestFrame(0, 1, encodeStringMap(new Map([['CQL_VERSION', '3.0.0']]))))));
  let ready = false;
  s.on('data', (c: Buffer) => { for (const f of d.push(c)) { if (!ready) { ready = true; const fr = []; for (let k = 1; k <= M; k++) fr.push(encodeFrame(requestFrame(k, 7, Q))); s.write(Buffer.concat(fr)); continue; } counts[i]!++; if (f.opcode === 0) errs[i]!++; if (counts[i] === M) { s.destroy(); resolve(); } } });
  setTimeout(() => { s.destroy(); resolve(); }, 90000);
})));
console.log('answers', counts.reduce((a, b) => a + b, 0), 'errors', errs.reduce((a, b) => a + b, 0), 'short conns', counts.filter((c) => c < M).length);
