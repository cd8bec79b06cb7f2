import { describe, expect, it } from 'vitest';
import { columnIdBytes, encodedRowSize, integerDataBytes } from '../../src/keyspaces/row-size.js';
import { AWS_REGION_NAME, NO_MULTI_REGION_REGION } from '../../src/keyspaces/regions.js';

describe('Keyspaces encoded row size', () => {
  it('sizes column identifiers by the table column count', () => {
    expect(columnIdBytes(1)).toBe(1);
    expect(columnIdBytes(62)).toBe(1);
    expect(columnIdBytes(63)).toBe(2);
    expect(columnIdBytes(124)).toBe(2);
    expect(columnIdBytes(125)).toBe(3);
    expect(columnIdBytes(187)).toBe(4);
  });

  it('stores key values twice with their metadata, regular cells once with their identifier', () => {
    // text pk of 10 bytes, text clustering of 10 bytes, one 100-byte regular text, 3 columns in all.
    const size = encodedRowSize(
      [
        { role: 'partition', dataBytes: 10 },
        { role: 'clustering', dataBytes: 10 },
        { role: 'regular', dataBytes: 100 },
      ],
      { tableColumns: 3 },
    );
    expect(size.rowBytes).toBe(2 * 10 + 3 + 1 + (2 * 10 + 2 + 1) + (100 + 1));
    expect(size.partitionKeyDataBytes).toBe(10);
    expect(size.largestClusteringDataBytes).toBe(10);
    expect(size.staticBytes).toBe(0);
  });

  it('adds collection, static, TTL, client-timestamp and storage overheads', () => {
    const cells = [
      { role: 'partition' as const, dataBytes: 4 },
      { role: 'regular' as const, dataBytes: 30, elements: 3 },
      { role: 'static' as const, dataBytes: 50 },
    ];
    const plain = encodedRowSize(cells, { tableColumns: 3 });
    expect(plain.rowBytes).toBe(2 * 4 + 3 + 1 + (30 + 1 + 3 + 3));
    expect(plain.staticBytes).toBe(51);
    const all = encodedRowSize(cells, { tableColumns: 3, ttl: true, clientTimestamps: true, storage: true });
    expect(all.rowBytes).toBe(plain.rowBytes + 8 + 30 + 8 + 100);
    expect(all.staticBytes).toBe(51 + 30);
  });

  it('sizes integers by significant digits', () => {
    expect(integerDataBytes(0)).toBe(2);
    expect(integerDataBytes(7)).toBe(2);
    expect(integerDataBytes(1234)).toBe(3);
    expect(integerDataBytes(-100000)).toBe(2);
    expect(integerDataBytes(12345678901234567890n)).toBe(11);
  });
});

describe('AWS Region names', () => {
  it('accepts the partitions Keyspaces runs in and nothing else', () => {
    for (const r of ['us-east-1', 'eu-central-2', 'ap-southeast-5', 'us-gov-west-1', 'cn-north-1', 'us-isob-east-1']) expect(AWS_REGION_NAME.test(r), r).toBe(true);
    for (const r of ['us-east', 'US-EAST-1', 'dc1', 'datacenter1', 'us-east-1a', 'us-east-123']) expect(AWS_REGION_NAME.test(r), r).toBe(false);
    expect(NO_MULTI_REGION_REGION.test('us-gov-east-1')).toBe(true);
    expect(NO_MULTI_REGION_REGION.test('us-east-1')).toBe(false);
  });
});
