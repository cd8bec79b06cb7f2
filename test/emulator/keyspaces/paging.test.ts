import { describe, expect, it } from 'vitest';
import { limits } from '../../../src/keyspaces/limits.js';
import { pageRowsFor, rowBytes, RowSizes } from '../../../src/emulator/keyspaces/paging.js';

const keyspacesPageBytes = limits.pageBytes;

describe('1 MB pages', () => {
  it('counts the bytes of a row as the sum of its cells', () => {
    expect(rowBytes([Buffer.alloc(90), Buffer.alloc(10), null])).toBe(100);
  });

  it('fits as many rows of the largest size as 1 MB holds, at least one', () => {
    expect(pageRowsFor(200 * 1024)).toBe(5);
    expect(pageRowsFor(keyspacesPageBytes / 2)).toBe(2);
    expect(pageRowsFor(keyspacesPageBytes / 2 + 1)).toBe(1);
    expect(pageRowsFor(2 * keyspacesPageBytes)).toBe(1);
    expect(pageRowsFor(0)).toBe(keyspacesPageBytes);
  });

  it('lowers a page size only for tables whose largest row needs it', () => {
    const sizes = new RowSizes();
    expect(sizes.pageRows('ks.t', 5000)).toBeUndefined();
    sizes.observe('ks.t', 100);
    expect(sizes.pageRows('ks.t', 5000)).toBeUndefined();
    sizes.observe('ks.t', 300 * 1024);
    sizes.observe('ks.t', 10);
    expect(sizes.pageRows('ks.t', 5000)).toBe(3);
    expect(sizes.pageRows('ks.t', 2)).toBeUndefined();
    expect(sizes.pageRows('ks.u', 5000)).toBeUndefined();
  });
});
