/**
 * Values of a statement as Keyspaces meters them: which bound value a `?` / `:name` marker gets
 * (markers are numbered in source order, as the protocol binds them), the encoded size of a
 * literal or bound value, and integer values (for `USING TIMESTAMP`).
 */
import { walk } from '../../cql/ast/walk.js';
import type { AstNode, BindMarker, Expression, InList } from '../../cql/ast/nodes.js';
import { FIXED_WIDTH_BYTES } from '../../keyspaces/value-widths.js';

/** Raw bound values of a QUERY/EXECUTE, positional; `null` is a null value (unset is `null` too). */
export type BoundValueList = readonly (Buffer | null)[];

/** A statement's markers numbered in source order, with the values bound to them (if known). */
export interface Bindings {
  markers: ReadonlyMap<BindMarker, number>;
  values: BoundValueList | undefined;
}

// Parsed statements are cached and immutable, so their marker numbering is computed once.
const markerCache = new WeakMap<AstNode, ReadonlyMap<BindMarker, number>>();

/** Numbers every bind marker under `root` in source order. */
export function bindingsOf(root: AstNode, values: BoundValueList | undefined): Bindings {
  let markers = markerCache.get(root);
  if (markers === undefined) {
    const found: BindMarker[] = [];
    walk(root, {
      BindMarker(node) {
        found.push(node);
      },
    });
    found.sort((a, b) => a.range.start.offset - b.range.start.offset);
    markers = new Map(found.map((marker, index) => [marker, index]));
    markerCache.set(root, markers);
  }
  return { markers, values };
}

/** The bound value of a marker: a Buffer, `null`, or `undefined` when not known (PREPARE). */
export function boundValue(marker: BindMarker, bindings: Bindings): Buffer | null | undefined {
  const index = bindings.markers.get(marker);
  if (index === undefined || bindings.values === undefined) return undefined;
  return bindings.values[index];
}

/**
 * The encoded size in bytes of a value expression. `type` (CQL type text, e.g. `int`) refines
 * integer and float literals; without it they count 8 bytes. Function calls count as the width of
 * their usual result (`now()`/`uuid()` 16, others 8). Unknown bound values count 0.
 */
export function valueSize(expr: Expression | InList, bindings: Bindings, type?: string): number {
  switch (expr.kind) {
    case 'Literal':
      switch (expr.type) {
        case 'string':
        case 'dollarString':
          return Buffer.byteLength(expr.value ?? '', 'utf8');
        case 'hex':
          return Math.max(0, Math.floor((expr.text.length - 2) / 2));
        case 'uuid':
          return 16;
        case 'boolean':
          return 1;
        case 'null':
          return 0;
        case 'integer':
          return type !== undefined ? (FIXED_WIDTH_BYTES[type] ?? varintSize(expr.text)) : 8;
        case 'float':
        case 'nan':
        case 'infinity':
          return type !== undefined ? (FIXED_WIDTH_BYTES[type] ?? 8) : 8;
        case 'duration':
          return expr.text.length;
      }
      break;
    case 'BindMarker':
      return boundValue(expr, bindings)?.length ?? 0;
    case 'ListLiteral':
    case 'SetLiteral':
    case 'TupleLiteral':
    case 'InList':
      return sum(expr.kind === 'InList' ? expr.values : expr.elements, (e) => valueSize(e, bindings));
    case 'MapLiteral':
      return sum(expr.entries, (e) => valueSize(e.key, bindings) + valueSize(e.value, bindings));
    case 'UdtLiteral':
      return sum(expr.fields, (f) => valueSize(f.value, bindings));
    case 'FunctionCall': {
      const name = expr.name.name.text;
      return name === 'now' || name === 'uuid' || name === 'currenttimeuuid' ? 16 : 8;
    }
    case 'TypeHint':
      return valueSize(expr.value, bindings, type);
    case 'Cast':
      return valueSize(expr.value, bindings, type);
    case 'Negation':
      return valueSize(expr.operand, bindings, type);
    case 'Arithmetic':
      return Math.max(valueSize(expr.left, bindings, type), valueSize(expr.right, bindings, type));
    default:
      break;
  }
  return 0;
}

/** An integer literal or a bound 8-byte bigint, as a bigint; `undefined` when not known. */
export function integerValue(expr: Expression, bindings: Bindings): bigint | undefined {
  if (expr.kind === 'Literal' && expr.type === 'integer') {
    try {
      return BigInt(expr.text);
    } catch {
      return undefined;
    }
  }
  if (expr.kind === 'BindMarker') {
    const value = boundValue(expr, bindings);
    if (value instanceof Buffer && value.length === 8) return value.readBigInt64BE(0);
    return undefined;
  }
  return undefined;
}

/** A stable text for a value, to compare row keys: literal text, bound bytes in hex, or marker position. */
export function valueIdentity(expr: Expression, bindings: Bindings): string {
  if (expr.kind === 'BindMarker') {
    const value = boundValue(expr, bindings);
    if (value === undefined) return `?${bindings.markers.get(expr) ?? -1}`;
    return value === null ? 'null' : `0x${value.toString('hex')}`;
  }
  if (expr.kind === 'Literal') return expr.type === 'string' || expr.type === 'dollarString' ? `'${expr.value ?? ''}'` : expr.text.toLowerCase();
  return JSON.stringify(stripRanges(expr));
}

function stripRanges(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripRanges);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (key !== 'range') out[key] = stripRanges(item);
  return out;
}

function varintSize(text: string): number {
  try {
    const value = BigInt(text);
    const magnitude = value < 0n ? -value - 1n : value;
    return Math.max(1, Math.ceil((magnitude.toString(2).length + 1) / 8));
  } catch {
    return 8;
  }
}

function sum<T>(items: readonly T[], size: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += size(item);
  return total;
}
