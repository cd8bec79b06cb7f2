import { loadRules } from '../src/rules/load.js';
import { parseScript } from '../src/cql/parse.js';
import { startEmulator } from '../src/emulator/server.js';
import { ensureTlsMaterial } from '../src/emulator/tls.js';
import { KeyspacesBehaviour } from '../src/emulator/keyspaces/behaviour.js';
import { RawClient } from '../test/integration/helpers/emulator.js';
import { Consistency, Opcode } from '../src/emulator/protocol/constants.js';
import { decodeError, encodeQuery, encodePrepare } from '../src/emulator/protocol/messages.js';

const tls = await ensureTlsMaterial('/tmp/h5/tls');
const emu = await startEmulator({ backend: { host: '127.0.0.1', port: 19942 }, listen: { host: '127.0.0.1', port: 0 }, region: 'us-east-1', keys: new Map([['AKIDTEST', 'secretsecret']]), tls, behaviour: new KeyspacesBehaviour({}) });
const e = { port: emu.port, caPath: tls.caPath, region: 'us-east-1', accessKeyId: 'AKIDTEST', secret: 'secretsecret' };
const c = await RawClient.connect(e); await c.authenticate(e);
let stream = 1;
async function run(cql: string, consistency = Consistency.LOCAL_QUORUM): Promise<string> {
  const s = stream++;
  const prepare = cql.includes('?');
  const f = prepare ? await c.request(s, Opcode.Prepare, encodePrepare(cql)) : await c.request(s, Opcode.Query, encodeQuery({ query: cql, params: { consistency, flags: 0 } }));
  if (f.opcode === Opcode.Error) { const d = decodeError(f.body); return `ERR 0x${d.code.toString(16)} ${d.message}`; }
  return 'OK';
}
function split(text: string): { text: string; keyspaces: string[] }[] {
  const r = parseScript(text);
  return r.statements.map((st) => {
    const t = text.slice(st.range.start.offset, st.range.end.offset);
    const ks = new Set<string>();
    JSON.stringify(st, (k, v) => { if (v && typeof v === 'object' && 'keyspace' in v && v.keyspace && typeof v.keyspace === 'object' && 'text' in v.keyspace) ks.add(v.keyspace.text); return v; });
    if (st.kind === 'CreateKeyspace') ks.delete((st as unknown as { name: { text: string } }).name?.text);
    return { text: t, keyspaces: [...ks] };
  });
}
const rules = loadRules().filter((r) => r.severity === 'error' && !['KS0001', 'KS0002'].includes(r.id));
const ensured = new Set<string>();
for (const rule of rules) {
  for (const kind of ['invalid', 'valid'] as const) {
    for (const ex of rule.examples[kind]) {
      const schema = typeof ex === 'string' ? '' : (ex.schema ?? '');
      const query = typeof ex === 'string' ? ex : ex.query;
      const cons = typeof ex === 'string' || !ex.consistency ? Consistency.LOCAL_QUORUM : (Consistency as Record<string, number>)[ex.consistency] ?? Consistency.LOCAL_QUORUM;
      for (const st of [...split(schema), ...split(query)]) for (const ks of st.keyspaces) if (!ensured.has(ks)) { ensured.add(ks); await run(`CREATE KEYSPACE IF NOT EXISTS ${ks} WITH replication = {'class': 'SingleRegionStrategy'}`); }
      const setup: string[] = [];
      for (const st of split(schema)) {
        let r = await run(st.text);
        if (r.startsWith('ERR 0x2400')) { const m = /CREATE\s+(TABLE|TYPE)\s+(\S+?)\s*\(/i.exec(st.text); if (m) { await run(`DROP ${m[1]} IF EXISTS ${m[2]}`); r = await run(st.text); } }
        setup.push(r);
      }
      const outs: string[] = [];
      for (const st of split(query)) {
        let r = await run(st.text, cons);
        if (r.startsWith('ERR 0x2400')) { const m = /CREATE\s+(TABLE|TYPE|KEYSPACE)\s+(?:IF NOT EXISTS\s+)?(\S+?)[\s(]/i.exec(st.text); if (m) { await run(`DROP ${m[1]} IF EXISTS ${m[2]}`); r = await run(st.text, cons); } }
        outs.push(r);
      }
      const rejected = outs.some((o) => o.startsWith('ERR'));
      const ok = kind === 'invalid' ? rejected : !rejected;
      console.log(`${ok ? 'ok  ' : 'MISS'} ${rule.id} ${kind} ${query.replace(/\s+/g, ' ').slice(0, 90)} => ${outs.join(' | ').slice(0, 160)}${setup.some((s) => s !== 'OK') ? ' [setup: ' + setup.join('|').slice(0, 80) + ']' : ''}`);
    }
  }
}
c.close(); await emu.close();
