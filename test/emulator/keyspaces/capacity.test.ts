import { describe, expect, it } from 'vitest';
import {
  CapacityLimiter,
  ConnectionRateLimiter,
} from '../../../src/emulator/keyspaces/capacity.js';
import { Consistency } from '../../../src/emulator/keyspaces/errors.js';

function fakeClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const writeTimeout = {
  code: 0x1100,
  message: 'Operation timed out - received only 0 responses.',
  consistency: Consistency.LOCAL_QUORUM,
  received: 0,
  blockFor: 2,
  writeType: 'SIMPLE',
};
const readTimeout = {
  code: 0x1200,
  message: 'Operation timed out - received only 0 responses.',
  consistency: Consistency.LOCAL_QUORUM,
  received: 0,
  blockFor: 2,
  dataPresent: false,
};

describe('CapacityLimiter', () => {
  it('throttles writes over capacity with a WriteTimeout and admits again after the refill', () => {
    const clock = fakeClock();
    const limiter = new CapacityLimiter({ writeCapacity: 5, now: clock.now });
    for (let i = 0; i < 5; i++) expect(limiter.admitWrite([{ table: 'ks.t', bytes: 100 }], false)).toBeUndefined();
    expect(limiter.admitWrite([{ table: 'ks.t', bytes: 100 }], false)).toEqual(writeTimeout);
    // Another table has its own bucket.
    expect(limiter.admitWrite([{ table: 'ks.u', bytes: 100 }], false)).toBeUndefined();
    clock.advance(200);
    expect(limiter.admitWrite([{ table: 'ks.t', bytes: 100 }], false)).toBeUndefined();
    expect(limiter.admitWrite([{ table: 'ks.t', bytes: 100 }], false)).toEqual(writeTimeout);
  });

  it('charges logged batches double and all-or-nothing across tables', () => {
    const clock = fakeClock();
    const limiter = new CapacityLimiter({ writeCapacity: 6, now: clock.now });
    const batch = [
      { table: 'ks.a', bytes: 1024 },
      { table: 'ks.a', bytes: 1024 },
      { table: 'ks.b', bytes: 1024 },
    ];
    expect(limiter.admitWrite(batch, true)).toBeUndefined(); // a: 4 units, b: 2 units
    expect(limiter.admitWrite([{ table: 'ks.a', bytes: 2048 }, { table: 'ks.b', bytes: 1 }], false)).toBeUndefined(); // a: 2, b: 1
    // a is now empty; b still has 3 units but the batch touching both is refused and charges neither.
    expect(limiter.admitWrite([{ table: 'ks.a', bytes: 1 }, { table: 'ks.b', bytes: 1 }], false)).toEqual(writeTimeout);
    expect(limiter.admitWrite([{ table: 'ks.b', bytes: 3 * 1024 }], false)).toBeUndefined();
  });

  it('admits reads on their minimum cost and settles the real size afterwards', () => {
    const clock = fakeClock();
    const limiter = new CapacityLimiter({ readCapacity: 4, now: clock.now });
    expect(limiter.admitRead('ks.t', Consistency.LOCAL_QUORUM)).toBeUndefined();
    limiter.settleRead('ks.t', 3 * 4096, Consistency.LOCAL_QUORUM); // 3 units in all
    expect(limiter.admitRead('ks.t', Consistency.LOCAL_QUORUM)).toBeUndefined(); // the 4th unit
    expect(limiter.admitRead('ks.t', Consistency.LOCAL_QUORUM)).toEqual(readTimeout);
    clock.advance(125); // half a unit back: enough for a read at ONE, not at LOCAL_QUORUM
    expect(limiter.admitRead('ks.t', Consistency.LOCAL_QUORUM)).toEqual(readTimeout);
    expect(limiter.admitRead('ks.t', Consistency.ONE)).toBeUndefined();
  });

  it('is unlimited when no capacity is set', () => {
    const limiter = new CapacityLimiter({});
    for (let i = 0; i < 100; i++) {
      expect(limiter.admitWrite([{ table: 'ks.t', bytes: 1 << 20 }], true)).toBeUndefined();
      expect(limiter.admitRead('ks.t', Consistency.ONE)).toBeUndefined();
    }
  });
});

describe('ConnectionRateLimiter', () => {
  it('holds a connection to 3,000 requests per second by default', () => {
    const clock = fakeClock();
    const limiter = new ConnectionRateLimiter(undefined, clock.now);
    for (let i = 0; i < 3000; i++) expect(limiter.admit('read')).toBeUndefined();
    expect(limiter.admit('read')).toEqual(readTimeout);
    expect(limiter.admit('write')).toEqual(writeTimeout);
    clock.advance(1);
    expect(limiter.admit('write')).toBeUndefined();
  });
});
