/**
 * Bytes a value of each fixed-width CQL type takes in the native protocol (v4 §6). Keyspaces meters
 * these types at that width; the types of variable length (text, blob, varint, decimal, …) are absent.
 */
export const FIXED_WIDTH_BYTES: Readonly<Partial<Record<string, number>>> = {
  bigint: 8,
  boolean: 1,
  counter: 8,
  date: 4,
  double: 8,
  float: 4,
  int: 4,
  smallint: 2,
  time: 8,
  timestamp: 8,
  timeuuid: 16,
  tinyint: 1,
  uuid: 16,
};
