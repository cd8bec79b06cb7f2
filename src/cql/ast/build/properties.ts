/** `WITH` properties from the parse tree: option maps, table/view options (clustering order, compact storage), tags. */
import type { ParserRuleContext } from 'antlr4ng';
import * as P from '../../generated/CqlParser.js';
import type { SourceRange } from '../../source.js';
import type { ClusteringOrder, Expression, ListLiteral, MapLiteral, Property, PropertyMap, TagsChange } from '../nodes.js';
import { AstBuildError, req, type BuildContext } from './context.js';
import { ident } from './names.js';
import { constant } from './terms.js';

/** A `{ 'key': value, … }` option map as a `MapLiteral`. */
export function propertyMapLiteral(b: BuildContext, ctx: P.PropertyMapContext): MapLiteral {
  return {
    kind: 'MapLiteral',
    range: b.range(ctx),
    entries: ctx.propertyMapEntry().map((e) => {
      const key = constant(b, req(e._key, 'key', e));
      const value = propertyMapValue(b, req(e._value, 'value', e));
      return { kind: 'MapEntry' as const, range: b.range(e), key, value };
    }),
  };
}

function propertyMapValue(b: BuildContext, ctx: P.PropertyMapValueContext): Expression {
  if (ctx instanceof P.PropertyMapConstantContext) return constant(b, ctx.constant());
  if (ctx instanceof P.PropertyMapNestedContext) return propertyMapLiteral(b, ctx.propertyMap());
  if (ctx instanceof P.PropertyMapListContext) {
    const list: ListLiteral = {
      kind: 'ListLiteral',
      range: b.range(ctx),
      elements: ctx.propertyMapValue().map((v) => propertyMapValue(b, v)),
    };
    return list;
  }
  throw new AstBuildError('property value', ctx);
}

function property(b: BuildContext, ctx: P.PropertyContext): Property {
  const range = b.range(ctx);
  if (ctx instanceof P.SimplePropertyContext) {
    const value = req(ctx._value, 'value', ctx);
    const literal = value.constant();
    return {
      kind: 'Property',
      range,
      name: ident(b, req(ctx._name, 'name', ctx)),
      value: literal !== null ? constant(b, literal) : ident(b, value),
    };
  }
  if (ctx instanceof P.MapPropertyContext) {
    return {
      kind: 'Property',
      range,
      name: ident(b, req(ctx._name, 'name', ctx)),
      value: propertyMapLiteral(b, req(ctx._map, 'map', ctx)),
    };
  }
  throw new AstBuildError('property', ctx);
}

/** Properties keyed by name (a later one with the same name wins). */
export function propertyMap(list: Property[], range: SourceRange): PropertyMap {
  const properties: Record<string, Property> = {};
  for (const p of list) properties[p.name.text] = p;
  return { kind: 'PropertyMap', range, properties };
}

export function properties(b: BuildContext, ctx: P.PropertiesContext): PropertyMap {
  return propertyMap(
    ctx.property().map((p) => property(b, p)),
    b.range(ctx),
  );
}

/** Table/view `WITH` items: split into clustering order, compact storage and plain properties. */
export function tableProperties(b: BuildContext, items: P.TablePropertyContext[], statement: ParserRuleContext) {
  const clusteringOrder: ClusteringOrder[] = [];
  const plain: Property[] = [];
  let compactStorage = false;
  for (const item of items) {
    if (item instanceof P.TableOptionContext) plain.push(property(b, item.property()));
    else if (item instanceof P.CompactStorageContext) compactStorage = true;
    else if (item instanceof P.ClusteringOrderByContext) {
      for (const o of item.clusteringOrder()) {
        clusteringOrder.push({
          kind: 'ClusteringOrder',
          range: b.range(o),
          column: ident(b, req(o._column, 'column', o)),
          direction: req(o._direction, 'direction', o).type === P.CqlParser.K_DESC ? 'DESC' : 'ASC',
        });
      }
    } else throw new AstBuildError('table property', item);
  }
  const first = plain[0];
  const last = plain[plain.length - 1];
  const range = first !== undefined && last !== undefined ? b.span(first.range, last.range) : b.endOf(statement);
  return { clusteringOrder, compactStorage, properties: propertyMap(plain, range) };
}

/** `ADD TAGS {…}` / `DROP TAGS {…}` (Amazon Keyspaces). */
export function tags(b: BuildContext, operation: 'add' | 'drop', ctx: ParserRuleContext, map: P.PropertyMapContext | undefined): TagsChange {
  return { kind: 'TagsChange', range: b.range(ctx), operation, tags: propertyMapLiteral(b, req(map, 'tags', ctx)) };
}
