// Prepared statements the emulator has not seen (it restarted, or another emulator shares the
// backend) are answered UNPREPARED, so the client prepares them again through the emulator and
// Keyspaces' checks apply; they are never forwarded unchecked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Consistency, ErrorCode, Opcode } from '../../src/emulator/protocol/constants.js';
import { decodeError, decodeResult, encodeBatch, encodeExecute, encodePrepare } from '../../src/emulator/protocol/messages.js';
import { keyspacesClient, RawClient, startEmulator, type TestEmulator } from './helpers/emulator.js';

const KS = `emu_prep_${Date.now().toString(36)}`;
const INSERT = `INSERT INTO ${KS}.kv (k, v) VALUES (?, ?)`;

let first: TestEmulator;
let second: TestEmulator;
const raws: RawClient[] = [];

beforeAll(async () => {
  first = await startEmulator();
  second = await startEmulator();
  const client = keyspacesClient(first);
  await client.execute(`CREATE KEYSPACE ${KS} WITH replication = {'class': 'SingleRegionStrategy'}`);
  await client.execute(`CREATE TABLE ${KS}.kv (k int PRIMARY KEY, v text)`);
  await client.shutdown();
});

afterAll(async () => {
  for (const c of raws) c.close();
  await first?.stop();
  await second?.stop();
});

async function session(emu: TestEmulator): Promise<RawClient> {
  const c = await RawClient.connect(emu);
  raws.push(c);
  await c.authenticate(emu);
  return c;
}

const int = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n, 0);
  return b;
};

async function prepareOn(emu: TestEmulator): Promise<Buffer> {
  const c = await session(emu);
  const answer = await c.request(2, Opcode.Prepare, encodePrepare(INSERT));
  const result = decodeResult(answer.body);
  if (result.kind !== 'prepared') throw new Error(`PREPARE answered ${result.kind}`);
  return result.id;
}

describe('prepared statements the emulator has not seen', () => {
  it('answers EXECUTE and BATCH of an unknown id with UNPREPARED, naming the id', async () => {
    const id = await prepareOn(first);
    const c = await session(second);
    // ONE is not a Keyspaces write level: forwarded unchecked, the backend would accept it.
    const execute = await c.request(3, Opcode.Execute, encodeExecute({ id, params: { consistency: Consistency.ONE, flags: 0x01, values: [int(1), Buffer.from('x')] } }));
    expect(execute.opcode).toBe(Opcode.Error);
    const error = decodeError(execute.body);
    expect(error).toMatchObject({ code: ErrorCode.Unprepared });
    expect(error.code === ErrorCode.Unprepared && error.id.equals(id)).toBe(true);
    expect(error.message).toContain(id.toString('hex'));
    const batch = await c.request(
      4,
      Opcode.Batch,
      encodeBatch({ type: 0, statements: [{ kind: 'prepared', id, values: [int(2), Buffer.from('y')] }], consistency: Consistency.ONE, flags: 0 }),
    );
    expect(decodeError(batch.body)).toMatchObject({ code: ErrorCode.Unprepared });
    // Prepared again through this emulator, the same EXECUTE meets Keyspaces' consistency rule.
    const again = decodeResult((await c.request(5, Opcode.Prepare, encodePrepare(INSERT))).body);
    expect(again.kind === 'prepared' && again.id.equals(id)).toBe(true);
    const checked = await c.request(6, Opcode.Execute, encodeExecute({ id, params: { consistency: Consistency.ONE, flags: 0x01, values: [int(1), Buffer.from('x')] } }));
    expect(decodeError(checked.body).message).toMatch(/^Consistency level ONE is not supported for this operation/);
  });
});
