import type { CqlType } from '../cql/ast/nodes.js';
import { printType } from '../cql/ast/print.js';
import { collectionDepth } from '../cql/ast/types.js';
import { renderTemplate } from '../rules/schema.js';
import type { ConvertContext } from './context.js';

/**
 * The type a column (or UDT field) `column` is stored as on Keyspaces: types Keyspaces cannot store
 * mapped to storable ones, then collections nested deeper than Keyspaces allows cut at the limit.
 * Each change is added to `notes`.
 */
export function storableType(type: CqlType, column: string, ctx: ConvertContext, notes: string[]): CqlType {
  const mapped = mapType(type, column, ctx, notes);
  const depth = collectionDepth(mapped);
  if (depth <= ctx.maxDepth) return mapped;
  const capped = capNesting(mapped, ctx.maxDepth);
  notes.push(
    renderTemplate(ctx.wording.nestingFlattened, {
      column,
      from: printType(mapped),
      to: printType(capped),
      depth,
      maxDepth: ctx.maxDepth,
      ...ctx.cite('frozen-nesting-depth'),
    }),
  );
  return capped;
}

/** Maps types Keyspaces cannot store to storable ones (recursively): duration → text, vector → frozen list, custom → blob. */
function mapType(type: CqlType, column: string, ctx: ConvertContext, notes: string[]): CqlType {
  const replaced = (to: CqlType, ruleName: string): CqlType => {
    notes.push(renderTemplate(ctx.wording.typeMapped, { column, from: printType(type), to: printType(to), ...ctx.cite(ruleName) }));
    return to;
  };
  const inner = (t: CqlType): CqlType => mapType(t, column, ctx, notes);
  switch (type.kind) {
    case 'NativeType':
      return type.name === 'duration' ? replaced({ kind: 'NativeType', name: 'text', range: type.range }, 'duration-type') : type;
    case 'VectorType':
      return replaced({ kind: 'FrozenType', range: type.range, inner: { kind: 'ListType', range: type.range, element: inner(type.element) } }, 'vector-type');
    case 'CustomType':
      return replaced({ kind: 'NativeType', name: 'blob', range: type.range }, 'custom-type');
    case 'ListType':
    case 'SetType':
      return { ...type, element: inner(type.element) };
    case 'MapType':
      return { ...type, key: inner(type.key), value: inner(type.value) };
    case 'FrozenType':
      return { ...type, inner: inner(type.inner) };
    case 'TupleType':
      return { ...type, elements: type.elements.map(inner) };
    default:
      return type;
  }
}

/**
 * Keeps the outer `budget` levels of collections and stores each part that would sit deeper as
 * `text` (its value serialized as JSON), so the column keeps as much of its structure as Keyspaces
 * allows. A `frozen<>` whose content became text is dropped (CQL freezes only collections, tuples and UDTs).
 */
function capNesting(t: CqlType, budget: number): CqlType {
  if (collectionDepth(t) <= budget) return t;
  switch (t.kind) {
    case 'FrozenType': {
      const inner = capNesting(t.inner, budget);
      return inner.kind === 'NativeType' ? inner : { ...t, inner };
    }
    case 'TupleType':
      return { ...t, elements: t.elements.map((e) => capNesting(e, budget)) };
    case 'ListType':
    case 'SetType':
      return budget < 1 ? { kind: 'NativeType', name: 'text', range: t.range } : { ...t, element: capNesting(t.element, budget - 1) };
    case 'MapType':
      return budget < 1 ? { kind: 'NativeType', name: 'text', range: t.range } : { ...t, key: capNesting(t.key, budget - 1), value: capNesting(t.value, budget - 1) };
    default:
      return t;
  }
}
