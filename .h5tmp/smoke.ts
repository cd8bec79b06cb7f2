import cassandra from 'cassandra-driver';
import { readFileSync } from 'node:fs';
import { startEmulator } from '../src/emulator/server.js';
import { ensureTlsMaterial } from '../src/emulator/tls.js';
import { SigV4AuthProvider } from '../src/clusters/sigv4-authenticator.js';
import { opcodeName } from '../src/emulator/protocol/constants.js';

const tls = await ensureTlsMaterial('/tmp/h5/tls');
const trace: string[] = [];
const emu = await startEmulator({
  backend: { host: '127.0.0.1', port: 19942 },
  listen: { host: '127.0.0.1', port: 0 },
  region: 'us-east-1',
  keys: new Map([['AKIDTEST', 'secretsecret']]),
  tls,
  trace: (id, dir, f) => trace.push(`${id}${dir === 'in' ? '>' : '<'}${opcodeName(f.opcode)}`),
});
console.log('listening', emu.port);
const client = new cassandra.Client({
  contactPoints: [`127.0.0.1:${emu.port}`],
  localDataCenter: 'us-east-1',
  sslOptions: { ca: [readFileSync(tls.caPath)], host: 'localhost', rejectUnauthorized: true },
  authProvider: new SigV4AuthProvider({ region: 'us-east-1', credentials: async () => ({ accessKeyId: 'AKIDTEST', secretAccessKey: 'secretsecret' }) }),
});
await client.connect();
const r = await client.execute("SELECT * FROM system.local WHERE key='local'");
console.log(r.rows[0]);
const p = await client.execute('SELECT * FROM system.peers');
console.log('peers', p.rowLength, client.getState().getConnectedHosts().map(h => h.address + ' ' + h.datacenter + ' ' + h.cassandraVersion));
const e = await client.execute("SELECT release_version, data_center FROM system.local WHERE key=?", ['local'], { prepare: true });
console.log(e.rows[0]);
await client.shutdown();
console.log(trace.join(' '));
await emu.close();
