// A very long statement sent to `ksmig emulate` while another connection keeps querying: what the
// tests of the emulator's background parser (sources and bundle) measure.
import { Consistency, Opcode } from '../../../src/emulator/protocol/constants.js';
import { decodeError, encodeQuery, type ErrorMessage } from '../../../src/emulator/protocol/messages.js';
import type { EmulatorProcess } from '../../emulator/helpers/emulator-process.js';
import { RawClient } from './emulator.js';

const LOCAL = encodeQuery({ query: "SELECT release_version FROM system.local WHERE key = 'local'", params: { consistency: Consistency.LOCAL_ONE, flags: 0 } });

/** A conditional UPDATE whose partition key is given as an IN list of `n` values (about 8 bytes each). */
export function longConditionalUpdate(n: number): string {
  return `UPDATE ksmig_long.t SET v = 'x' WHERE k IN (${Array.from({ length: n }, (_, i) => 100_000 + i).join(', ')}) IF v = 'y'`;
}

/** What happened while the long statement was being judged. */
export interface LongStatementRun {
  /** The error the long statement was answered with (undefined: not an ERROR). */
  error: ErrorMessage | undefined;
  /** From sending it to its answer, in ms. */
  tookMs: number;
  /** How long each request of the other connection took meanwhile, in ms (one at a time). */
  others: number[];
}

/** Sends `cql` on one new connection and, until it is answered, one request after another on a second. */
export async function sendAlongside(emu: EmulatorProcess, cql: string): Promise<LongStatementRun> {
  const [healthy, sender] = await Promise.all([RawClient.connect(emu), RawClient.connect(emu)]);
  try {
    await Promise.all([healthy.authenticate(emu), sender.authenticate(emu)]);
    const started = performance.now();
    let answeredAt = 0;
    const answer = sender.request(1, Opcode.Query, encodeQuery({ query: cql, params: { consistency: Consistency.LOCAL_QUORUM, flags: 0 } })).then((f) => {
      answeredAt = performance.now();
      return f;
    });
    const others: number[] = [];
    for (let stream = 10; answeredAt === 0 && stream < 30_000; stream++) {
      const sent = performance.now();
      const f = await healthy.request(stream, Opcode.Query, LOCAL);
      if (f.opcode !== Opcode.Result) throw new Error(`the other connection got opcode ${f.opcode}`);
      others.push(performance.now() - sent);
    }
    const frame = await answer;
    return { error: frame.opcode === Opcode.Error ? decodeError(frame.body) : undefined, tookMs: answeredAt - started, others };
  } finally {
    healthy.close();
    sender.close();
  }
}
