/**
 * Printer ↔ parser agreement on generated terms: random (seeded) expression trees shaped the way
 * the grammar builds them are printed inside a statement, parsed back, and must come back equal.
 * This covers operator precedence, negation next to negative literals, nesting of collections,
 * casts and type hints beyond what the hand-written corpus contains.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { identifier, qualifiedName } from '../../src/cql/ast/make.js';
import type { CqlType, Expression, Literal, LiteralType, NativeTypeName, Statement } from '../../src/cql/ast/nodes.js';
import { printStatement } from '../../src/cql/ast/print.js';
import { SYNTHETIC_RANGE as range, withoutRanges } from '../../src/cql/ast/ranges.js';
import { parseScript } from '../../src/cql/parse.js';
import { rng as prng } from '../../bench/random.js';


const LITERALS: [LiteralType, string, string?][] = [
  ['integer', '0'], ['integer', '42'], ['integer', '-7'], ['float', '1.5'], ['float', '-2.5E3'], ['float', '3.'],
  ['nan', 'NaN'], ['nan', '-NaN'], ['infinity', 'Infinity'], ['infinity', '-Infinity'], ['boolean', 'true'],
  ['boolean', 'FALSE'], ['hex', '0xCAFE'], ['uuid', '5a1c395e-b41f-11e5-9f22-ba0be0483c18'], ['duration', '1h30m'],
  ['duration', '-P1D'], ['string', "'a'", 'a'], ['string', "'it''s'", "it's"], ['dollarString', '$$x; y$$', 'x; y'],
  ['null', 'null'],
];
const NATIVE: NativeTypeName[] = ['int', 'text', 'bigint', 'double', 'uuid', 'blob', 'varchar'];
const FUNCTIONS = [qualifiedName(undefined, 'fn'), qualifiedName('ks', 'f2'), qualifiedName(undefined, 'Mixed'), qualifiedName(undefined, 'now')];

class Gen {
  constructor(private readonly rnd: () => number) {}
  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rnd() * items.length)] as T;
  }
  private count(max: number): number {
    return 1 + Math.floor(this.rnd() * max);
  }

  literal(): Literal {
    const [type, text, value] = this.pick(LITERALS);
    return value === undefined ? { kind: 'Literal', range, type, text } : { kind: 'Literal', range, type, text, value };
  }

  type(depth: number): CqlType {
    const native: CqlType = { kind: 'NativeType', range, name: this.pick(NATIVE) };
    if (depth <= 0) return native;
    switch (Math.floor(this.rnd() * 5)) {
      case 0:
        return { kind: 'ListType', range, element: this.type(depth - 1) };
      case 1:
        return { kind: 'MapType', range, key: native, value: this.type(depth - 1) };
      case 2:
        return { kind: 'FrozenType', range, inner: { kind: 'SetType', range, element: this.type(depth - 1) } };
      case 3:
        return { kind: 'TupleType', range, elements: [native, this.type(depth - 1)] };
      default:
        return native;
    }
  }

  /** term := additive */
  term(depth: number): Expression {
    return this.additive(depth);
  }

  private parens(e: Expression): Expression {
    return { kind: 'TupleLiteral', range, elements: [e] };
  }

  private additive(depth: number): Expression {
    if (depth <= 0 || this.rnd() < 0.6) return this.multiplicative(depth);
    // Left-associative: the left side may itself be additive; the right side may not (unless in parentheses).
    const right = this.rnd() < 0.2 ? this.parens(this.additive(depth - 1)) : this.multiplicative(depth - 1);
    return { kind: 'Arithmetic', range, operator: this.pick(['+', '-'] as const), left: this.additive(depth - 1), right };
  }

  private multiplicative(depth: number): Expression {
    if (depth <= 0 || this.rnd() < 0.6) return this.group(depth);
    const right = this.rnd() < 0.2 ? this.parens(this.additive(depth - 1)) : this.group(depth - 1);
    return { kind: 'Arithmetic', range, operator: this.pick(['*', '/', '%'] as const), left: this.multiplicative(depth - 1), right };
  }

  private group(depth: number): Expression {
    if (this.rnd() < 0.15) return { kind: 'Negation', range, operand: this.simple(depth) };
    return this.simple(depth);
  }

  private simple(depth: number): Expression {
    if (depth <= 0) return this.rnd() < 0.8 ? this.literal() : { kind: 'BindMarker', range };
    switch (Math.floor(this.rnd() * 11)) {
      case 0:
        return { kind: 'FunctionCall', range, name: this.pick(FUNCTIONS), args: Array.from({ length: Math.floor(this.rnd() * 3) }, () => this.term(depth - 1)) };
      case 1:
        return { kind: 'TypeHint', range, type: this.type(1), value: this.simple(depth - 1) };
      case 2:
        return { kind: 'Cast', range, value: this.simple(depth - 1), type: { kind: 'NativeType', range, name: this.pick(NATIVE) } };
      case 3:
        return { kind: 'ListLiteral', range, elements: Array.from({ length: Math.floor(this.rnd() * 3) }, () => this.term(depth - 1)) };
      case 4:
        return { kind: 'SetLiteral', range, elements: Array.from({ length: this.count(2) }, () => this.term(depth - 1)) };
      case 5:
        return {
          kind: 'MapLiteral',
          range,
          entries: Array.from({ length: Math.floor(this.rnd() * 3) }, () => ({ kind: 'MapEntry' as const, range, key: this.term(depth - 1), value: this.term(depth - 1) })),
        };
      case 6:
        return {
          kind: 'UdtLiteral',
          range,
          fields: Array.from({ length: this.count(2) }, (_, i) => ({ kind: 'UdtField' as const, range, name: identifier(i === 0 ? 'street' : 'Zip'), value: this.term(depth - 1) })),
        };
      case 7:
        return { kind: 'TupleLiteral', range, elements: Array.from({ length: this.count(3) }, () => this.term(depth - 1)) };
      case 8:
        return { kind: 'BindMarker', range, name: identifier(this.pick(['id', 'Name', 'key'])) };
      default:
        return this.literal();
    }
  }
}

/** True when `e` prints ending in `(name)` or `(ks.name)`, which the grammar reads as a type hint before `[`. */
function endsWithTypeLikeTuple(e: Expression): boolean {
  if (e.kind === 'TypeHint') return endsWithTypeLikeTuple(e.value);
  if (e.kind !== 'TupleLiteral' || e.elements.length !== 1) return false;
  const only = e.elements[0];
  return only?.kind === 'ColumnRef' || (only?.kind === 'FieldAccess' && only.target.kind === 'ColumnRef');
}

const COLUMNS = [identifier('a'), identifier('Col'), identifier('key'), identifier('ttl'), identifier('b2')];

/** Selector trees, following the selector grammar (which differs from terms: columns, accessors, no UDT literal). */
class SelectorGen extends Gen {
  constructor(private readonly r: () => number) {
    super(r);
  }
  private choose<T>(items: readonly T[]): T {
    return items[Math.floor(this.r() * items.length)] as T;
  }
  private column(): Expression {
    return { kind: 'ColumnRef', range, name: this.choose(COLUMNS) };
  }

  selector(depth: number): Expression {
    if (depth <= 0 || this.r() < 0.6) return this.mult(depth);
    const right = this.r() < 0.2 ? this.wrap(this.selector(depth - 1)) : this.mult(depth - 1);
    return { kind: 'Arithmetic', range, operator: this.choose(['+', '-'] as const), left: this.selector(depth - 1), right };
  }

  private wrap(e: Expression): Expression {
    return { kind: 'TupleLiteral', range, elements: [e] };
  }

  private mult(depth: number): Expression {
    if (depth <= 0 || this.r() < 0.6) return this.sgroup(depth);
    const right = this.r() < 0.2 ? this.wrap(this.selector(depth - 1)) : this.sgroup(depth - 1);
    return { kind: 'Arithmetic', range, operator: this.choose(['*', '/', '%'] as const), left: this.mult(depth - 1), right };
  }

  private sgroup(depth: number): Expression {
    if (this.r() < 0.1) return { kind: 'Negation', range, operand: this.sgroup(depth) };
    return this.modifiers(this.base(depth), depth);
  }

  private modifiers(base: Expression, depth: number): Expression {
    // `(col)[…]` reads as a type hint on a list (`(type) [...]`), in Cassandra's grammar too, so the
    // parser never builds an accessor there; don't generate one.
    if (endsWithTypeLikeTuple(base)) return base;
    let acc = base;
    while (this.r() < 0.25) {
      const which = Math.floor(this.r() * 4);
      if (which === 0) acc = { kind: 'FieldAccess', range, target: acc, field: this.choose([identifier('f'), identifier('Zip')]) };
      else if (which === 1) acc = { kind: 'ElementAccess', range, target: acc, index: this.term(Math.max(0, depth - 1)) };
      else if (which === 2) acc = { kind: 'SliceAccess', range, target: acc, from: this.term(0), ...(this.r() < 0.5 ? { to: this.term(0) } : {}) };
      else acc = { kind: 'SliceAccess', range, target: acc, to: this.term(0) };
    }
    return acc;
  }

  private base(depth: number): Expression {
    if (depth <= 0) return this.r() < 0.6 ? this.column() : this.literal();
    const list = (min: number): Expression[] => Array.from({ length: min + Math.floor(this.r() * 2) }, () => this.selector(depth - 1));
    switch (Math.floor(this.r() * 12)) {
      case 0:
        return { kind: 'FunctionCall', range, name: qualifiedName(undefined, 'count'), args: [{ kind: 'Wildcard', range }] };
      case 1: {
        const fn = this.choose(['writetime', 'maxwritetime', 'ttl'] as const);
        return { kind: 'WritetimeTtl', range, function: fn, argument: this.modifiers(this.column(), 0) };
      }
      case 2:
        return { kind: 'Cast', range, value: this.selector(depth - 1), type: { kind: 'NativeType', range, name: this.choose(NATIVE) } };
      case 3:
        return { kind: 'FunctionCall', range, name: this.choose(FUNCTIONS), args: list(0) };
      case 4:
        return { kind: 'TypeHint', range, type: { kind: 'NativeType', range, name: this.choose(NATIVE) }, value: this.base(depth - 1) };
      case 5:
        return { kind: 'TupleLiteral', range, elements: list(1) };
      case 6:
        return { kind: 'ListLiteral', range, elements: list(0) };
      case 7:
        return { kind: 'SetLiteral', range, elements: list(1) };
      case 8:
        return {
          kind: 'MapLiteral',
          range,
          entries: Array.from({ length: Math.floor(this.r() * 3) }, () => ({ kind: 'MapEntry' as const, range, key: this.selector(depth - 1), value: this.selector(depth - 1) })),
        };
      case 9:
        return this.r() < 0.5 ? { kind: 'BindMarker', range } : this.literal();
      default:
        return this.column();
    }
  }
}

/** Cases per suite; set KSMIG_GEN_CASES=5000 for a longer hunt (5,000 of each passed when this was written). */
const CASES = Number(process.env.KSMIG_GEN_CASES ?? 400);

describe('generated terms survive print → parse', () => {
  it(`${CASES} seeded random terms in WHERE, SET and INSERT positions`, () => {
    const gen = new Gen(prng(20261124));
    const failures: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const value = gen.term(3);
      const stmt: Statement =
        i % 2 === 0
          ? {
              kind: 'Select',
              range,
              json: false,
              distinct: false,
              selectors: [],
              wildcard: true,
              table: qualifiedName(undefined, 't'),
              where: [{ kind: 'Relation', range, left: { kind: 'ColumnRef', range, name: identifier('k') }, operator: '=', right: value }],
              groupBy: [],
              orderBy: [],
              allowFiltering: false,
            }
          : {
              kind: 'Insert',
              range,
              table: qualifiedName('ks', 't'),
              columns: [identifier('k')],
              values: [value],
              ifNotExists: false,
            };
      const printed = printStatement(stmt);
      const { statements, errors } = parseScript(printed);
      if (errors.length > 0) failures.push(`${printed}\n  → ${errors.map((e) => e.message).join('; ')}`);
      else if (!isDeepStrictEqual(withoutRanges(statements[0]), withoutRanges(stmt))) failures.push(`${printed}\n  → parsed to a different tree`);
    }
    expect(failures).toEqual([]);
  });
});

describe('generated selectors survive print → parse', () => {
  it(`${CASES} seeded random selectors, with aliases and in GROUP BY`, () => {
    const gen = new SelectorGen(prng(4242));
    const failures: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const expression = gen.selector(3);
      const stmt: Statement = {
        kind: 'Select',
        range,
        json: false,
        distinct: false,
        selectors: [
          i % 3 === 0
            ? { kind: 'Selector', range, expression, alias: identifier('x') }
            : { kind: 'Selector', range, expression },
        ],
        wildcard: false,
        table: qualifiedName(undefined, 't'),
        where: [],
        groupBy: i % 5 === 0 ? [expression] : [],
        orderBy: [],
        allowFiltering: false,
      };
      const printed = printStatement(stmt);
      const { statements, errors } = parseScript(printed);
      if (errors.length > 0) failures.push(`${printed}\n  → ${errors.map((e) => e.message).join('; ')}`);
      else if (!isDeepStrictEqual(withoutRanges(statements[0]), withoutRanges(stmt))) failures.push(`${printed}\n  → parsed to a different tree`);
    }
    expect(failures).toEqual([]);
  });
});
