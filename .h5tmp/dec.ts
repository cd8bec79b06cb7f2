import { FrameDecoder, encodeFrame, requestFrame } from '../src/emulator/protocol/frame.js';
import { encodeQuery } from '../src/emulator/protocol/messages.js';
const Q = encodeQuery({ query: "SELECT release_version FROM system.local WHERE key = 'local'", params: { consistency: 10, flags: 0 } });
const all = Buffer.concat(Array.from({ length: 1000 }, (_, i) => encodeFrame(requestFrame(i + 1, 7, Q))));
console.log('bytes', all.length);
for (const chunk of [65536, 1 << 20, 16384, 16384, 1000]) {
  const t = process.hrtime.bigint();
  let n = 0;
  for (let rep = 0; rep < 20; rep++) {
    const d = new FrameDecoder({ expect: 'request' });
    for (let i = 0; i < all.length; i += chunk) n += d.push(all.subarray(i, i + chunk)).length;
  }
  console.log(chunk, n, Number(process.hrtime.bigint() - t) / 1e6, 'ms');
}
