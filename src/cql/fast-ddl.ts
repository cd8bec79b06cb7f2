/**
 * The schema statements of the parser's fast path (fast-path.ts): USE, CREATE KEYSPACE, CREATE TYPE,
 * CREATE [CUSTOM] INDEX, and CREATE TABLE with native, collection, tuple, vector, frozen and user-defined column types, the
 * key inline or as a clause, CLUSTERING ORDER BY, COMPACT STORAGE, and options whose values are
 * constants or option maps — what schema files and DESCRIBE output are made of. It gives up where
 * Cassandra's parser would reject what the grammar accepts (src/cql/validate.ts: a column or an
 * option given twice, a second key, `frozen<int>`, a reserved type name), so that the full parse
 * reports it. Internal to src/cql.
 */
import type { ClusteringOrder, ColumnDefinition, CqlType, CreateIndex, Expression, FieldDefinition, Identifier, IndexTarget, Literal, MapLiteral, NativeTypeName, PrimaryKey, Property, PropertyMap, QualifiedName, Statement } from './ast/nodes.js';
import { StatementParser } from './fast-dml.js';
import { giveUp, NAME_TYPES } from './fast-lex.js';
import * as L from './generated/CqlTokens.js';
import type { SourceRange } from './source.js';

/** The `nativeType` rule's keywords. */
const NATIVE_TYPES: ReadonlySet<number> = new Set([
  L.K_ASCII, L.K_BIGINT, L.K_BLOB, L.K_BOOLEAN, L.K_COUNTER, L.K_DECIMAL, L.K_DOUBLE, L.K_DURATION,
  L.K_FLOAT, L.K_INET, L.K_INT, L.K_SMALLINT, L.K_TEXT, L.K_TIMESTAMP, L.K_TINYINT, L.K_UUID,
  L.K_VARCHAR, L.K_VARINT, L.K_TIMEUUID, L.K_DATE, L.K_TIME,
]);

/** Constants (the `constant` rule) the fast lexer produces, and the literal type of each. */
const CONSTANTS: ReadonlyMap<number, Literal['type']> = new Map<number, Literal['type']>([
  [L.STRING_LITERAL, 'string'],
  [L.INTEGER, 'integer'],
  [L.FLOAT, 'float'],
  [L.BOOLEAN, 'boolean'],
  [L.UUID, 'uuid'],
]);

/** The collection index targets (`keys(m)`, …) by their keyword. */
const INDEX_TARGET_KINDS: ReadonlyMap<number, IndexTarget['type']> = new Map<number, IndexTarget['type']>([
  [L.K_KEYS, 'keys'],
  [L.K_VALUES, 'values'],
  [L.K_ENTRIES, 'entries'],
  [L.K_FULL, 'full'],
]);

/** Type names Cassandra refuses for user types (validate.ts): such a name is left to the full parse. */
const RESERVED_TYPE_NAMES: ReadonlySet<string> = new Set(['byte', 'complex', 'enum', 'date', 'interval', 'macaddr', 'bitstring']);

/**
 * How deep types and option maps may nest here: far below the parser's limit (MAX_NESTING), so a
 * statement the fast path reads is never one the limit would refuse, and the recursion stays shallow.
 */
const MAX_DEPTH = 32;

/** The fast path's parser of DML (its base class) and of the schema statements above. */
export class SchemaParser extends StatementParser {
  private depth = 0;

  protected override schemaStatement(first: number): Statement {
    if (this.peek() === L.K_USE) {
      this.i++;
      const keyspace = this.identifier(this.name());
      return { kind: 'Use', range: this.range(first, this.i - 1), keyspace };
    }
    this.expect(L.K_CREATE);
    const what = this.peek();
    if (what === L.K_TABLE) return this.createTable(first);
    if (what === L.K_KEYSPACE || what === L.K_SCHEMA) return this.createKeyspace(first);
    if (what === L.K_TYPE) return this.createType(first);
    if (what === L.K_INDEX || what === L.K_CUSTOM) return this.createIndex(first);
    return giveUp();
  }

  private createType(first: number): Statement {
    this.i++;
    const ifNotExists = this.ifNotExists();
    const name = this.userTypeName();
    this.expect(L.LPAREN);
    const fields: FieldDefinition[] = [];
    const field = (): void => {
      const from = this.name();
      const type = this.type();
      fields.push({ kind: 'FieldDefinition', range: this.range(from, this.i - 1), name: this.identifier(from), type });
    };
    field();
    while (this.accept(L.COMMA)) {
      const next = this.peek();
      if (next !== L.COMMA && next !== L.RPAREN) field();
    }
    this.expect(L.RPAREN);
    return { kind: 'CreateType', range: this.range(first, this.i - 1), name, ifNotExists, fields };
  }

  private createIndex(first: number): Statement {
    const custom = this.accept(L.K_CUSTOM);
    this.expect(L.K_INDEX);
    const ifNotExists = this.ifNotExists();
    const index = this.peek() === L.K_ON ? undefined : this.identifier(this.name());
    this.expect(L.K_ON);
    const table = this.tableName();
    this.expect(L.LPAREN);
    const targets: IndexTarget[] = [];
    if (this.peek() !== L.RPAREN) {
      do targets.push(this.indexTarget());
      while (this.accept(L.COMMA));
    }
    this.expect(L.RPAREN);
    let using: Literal | undefined;
    if (this.accept(L.K_USING)) {
      if (this.peek() !== L.STRING_LITERAL) giveUp();
      using = this.constant();
    }
    let properties: PropertyMap | undefined;
    if (this.accept(L.K_WITH)) {
      const from = this.i;
      const list: Property[] = [];
      do list.push(this.property());
      while (this.accept(L.K_AND));
      properties = propertyMap(list, this.range(from, this.i - 1));
    }
    const stmt: CreateIndex = {
      kind: 'CreateIndex',
      range: this.range(first, this.i - 1),
      custom,
      ifNotExists,
      ...(index === undefined ? {} : { name: index }),
      table,
      targets,
    };
    if (using !== undefined) stmt.using = using;
    if (properties !== undefined) stmt.properties = properties;
    return stmt;
  }

  /** `column`, or `keys(column)`, `values(…)`, `entries(…)`, `full(…)`. */
  private indexTarget(): IndexTarget {
    const first = this.i;
    const kind = INDEX_TARGET_KINDS.get(this.peek());
    if (kind !== undefined && this.peek(1) === L.LPAREN) {
      this.i += 2;
      const column = this.identifier(this.name());
      this.expect(L.RPAREN);
      return { kind: 'IndexTarget', range: this.range(first, this.i - 1), column, type: kind };
    }
    const column = this.identifier(this.name());
    return { kind: 'IndexTarget', range: this.range(first, first), column, type: 'simple' };
  }

  private createKeyspace(first: number): Statement {
    this.i++;
    const ifNotExists = this.ifNotExists();
    const name = this.identifier(this.name());
    this.expect(L.K_WITH);
    const from = this.i;
    const list: Property[] = [];
    do list.push(this.property());
    while (this.accept(L.K_AND));
    return { kind: 'CreateKeyspace', range: this.range(first, this.i - 1), name, ifNotExists, properties: propertyMap(list, this.range(from, this.i - 1)) };
  }

  private createTable(first: number): Statement {
    this.i++;
    const ifNotExists = this.ifNotExists();
    const name = this.tableName();
    this.expect(L.LPAREN);
    const columns: ColumnDefinition[] = [];
    const names = new Set<string>();
    let key: PrimaryKey | undefined;
    const element = (): void => {
      const definesKey = this.peek() === L.K_PRIMARY;
      // A second key, or a column defined twice, stops Cassandra's parse: the full parse says so.
      if (definesKey && key !== undefined) giveUp();
      if (definesKey) {
        key = this.keyClause();
        return;
      }
      const def = this.columnDefinition();
      if (names.has(def.name.text) || (def.primaryKey && key !== undefined)) giveUp();
      names.add(def.name.text);
      columns.push(def);
      if (def.primaryKey) key = { kind: 'PrimaryKey', range: def.range, partitionKey: [{ ...def.name }], clusteringColumns: [], inline: true };
    };
    element();
    while (this.accept(L.COMMA)) {
      const next = this.peek();
      if (next !== L.COMMA && next !== L.RPAREN) element();
    }
    this.expect(L.RPAREN);
    const clusteringOrder: ClusteringOrder[] = [];
    const plain: Property[] = [];
    let compactStorage = false;
    if (this.accept(L.K_WITH)) {
      do {
        const lead = this.peek();
        if (lead === L.K_COMPACT && this.peek(1) === L.K_STORAGE) {
          this.i += 2;
          compactStorage = true;
        } else if (lead === L.K_CLUSTERING && this.peek(1) === L.K_ORDER) {
          this.i += 2;
          this.expect(L.K_BY);
          this.expect(L.LPAREN);
          do clusteringOrder.push(this.clusteringOrder());
          while (this.accept(L.COMMA));
          this.expect(L.RPAREN);
        } else {
          plain.push(this.property());
        }
      } while (this.accept(L.K_AND));
    }
    const ordered = new Set(clusteringOrder.map((o) => o.column.text));
    if (ordered.size !== clusteringOrder.length) giveUp();
    const range = this.range(first, this.i - 1);
    const firstOption = plain[0];
    const lastOption = plain[plain.length - 1];
    const optionsRange: SourceRange = firstOption !== undefined && lastOption !== undefined ? { start: firstOption.range.start, end: lastOption.range.end } : { start: range.end, end: range.end };
    return {
      kind: 'CreateTable',
      range,
      name,
      ifNotExists,
      columns,
      ...(key === undefined ? {} : { primaryKey: key }),
      clusteringOrder,
      compactStorage,
      properties: propertyMap(plain, optionsRange),
    };
  }

  private columnDefinition(): ColumnDefinition {
    const first = this.name();
    const name = this.identifier(first);
    const type = this.type();
    const isStatic = this.accept(L.K_STATIC);
    // Column masks (Cassandra 5.0) are left to the full parse.
    if (this.peek() === L.K_MASKED) giveUp();
    let primaryKey = false;
    if (this.accept(L.K_PRIMARY)) {
      this.expect(L.K_KEY);
      primaryKey = true;
    }
    return { kind: 'ColumnDefinition', range: this.range(first, this.i - 1), name, type, static: isStatic, primaryKey };
  }

  /** `PRIMARY KEY (k, c…)` or `PRIMARY KEY ((k1, k2), c…)`. */
  private keyClause(): PrimaryKey {
    const first = this.i++;
    this.expect(L.K_KEY);
    this.expect(L.LPAREN);
    const partitionKey: Identifier[] = [];
    if (this.accept(L.LPAREN)) {
      do partitionKey.push(this.identifier(this.name()));
      while (this.accept(L.COMMA));
      this.expect(L.RPAREN);
    } else {
      partitionKey.push(this.identifier(this.name()));
    }
    const clusteringColumns: Identifier[] = [];
    while (this.accept(L.COMMA)) clusteringColumns.push(this.identifier(this.name()));
    this.expect(L.RPAREN);
    return { kind: 'PrimaryKey', range: this.range(first, this.i - 1), partitionKey, clusteringColumns, inline: false };
  }

  private clusteringOrder(): ClusteringOrder {
    const first = this.name();
    const direction = this.peek();
    if (direction !== L.K_ASC && direction !== L.K_DESC) giveUp();
    this.i++;
    return { kind: 'ClusteringOrder', range: this.range(first, this.i - 1), column: this.identifier(first), direction: direction === L.K_DESC ? 'DESC' : 'ASC' };
  }

  /** A column type (`comparatorType`). */
  private type(): CqlType {
    const first = this.i;
    const lead = this.peek();
    // A keyword before `.` may be a keyspace name (`text.address`): the full parse decides.
    if (this.peek(1) === L.DOT && lead !== L.IDENT && lead !== L.QUOTED_NAME) giveUp();
    if (NATIVE_TYPES.has(lead)) {
      this.i++;
      return { kind: 'NativeType', range: this.tokenRange(first), name: this.tokenText(first).toLowerCase() as NativeTypeName };
    }
    if (lead === L.IDENT || lead === L.QUOTED_NAME) {
      const name = this.userTypeName();
      return { kind: 'UserType', range: name.range, name };
    }
    if (this.peek(1) !== L.LT || ++this.depth > MAX_DEPTH) giveUp();
    this.i += 2;
    let type: CqlType;
    switch (lead) {
      case L.K_MAP: {
        const key = this.type();
        this.expect(L.COMMA);
        const value = this.type();
        this.expect(L.GT);
        type = { kind: 'MapType', range: this.range(first, this.i - 1), key, value };
        break;
      }
      case L.K_LIST:
      case L.K_SET: {
        const element = this.type();
        this.expect(L.GT);
        type = { kind: lead === L.K_LIST ? 'ListType' : 'SetType', range: this.range(first, this.i - 1), element };
        break;
      }
      case L.K_TUPLE: {
        const elements: CqlType[] = [];
        do elements.push(this.type());
        while (this.accept(L.COMMA));
        this.expect(L.GT);
        type = { kind: 'TupleType', range: this.range(first, this.i - 1), elements };
        break;
      }
      case L.K_VECTOR: {
        const element = this.type();
        this.expect(L.COMMA);
        const dimension = this.expect(L.INTEGER);
        this.expect(L.GT);
        type = { kind: 'VectorType', range: this.range(first, this.i - 1), element, dimension: Number(this.tokenText(dimension)) };
        break;
      }
      case L.K_FROZEN: {
        const inner = this.type();
        // `frozen<int>` is refused by Cassandra's parser: the full parse reports it.
        if (inner.kind === 'NativeType' || inner.kind === 'CustomType') giveUp();
        this.expect(L.GT);
        type = { kind: 'FrozenType', range: this.range(first, this.i - 1), inner };
        break;
      }
      default:
        return giveUp();
    }
    this.depth--;
    return type;
  }

  /** `[keyspace.]name` of a user type, names that are plain identifiers or quoted. */
  private userTypeName(): QualifiedName {
    const first = this.peek();
    if (first !== L.IDENT && first !== L.QUOTED_NAME) giveUp();
    const k = this.i++;
    let last = k;
    if (this.accept(L.DOT)) {
      const after = this.peek();
      if (after !== L.IDENT && after !== L.QUOTED_NAME) giveUp();
      last = this.i++;
    }
    if (this.t.types[last] === L.IDENT && RESERVED_TYPE_NAMES.has(this.tokenText(last).toLowerCase())) giveUp();
    const range = this.range(k, last);
    return last === k ? { kind: 'QualifiedName', range, name: this.identifier(k) } : { kind: 'QualifiedName', range, keyspace: this.identifier(k), name: this.identifier(last) };
  }

  /** `name = constant` or `name = { … }`. */
  private property(): Property {
    const first = this.i;
    if (!NAME_TYPES.has(this.peek())) giveUp();
    this.i++;
    const name = this.identifier(first);
    this.expect(L.EQ);
    const value = this.peek() === L.LBRACE ? this.optionMap() : this.constant();
    return { kind: 'Property', range: this.range(first, this.i - 1), name, value };
  }

  private constant(): Literal {
    const type = CONSTANTS.get(this.peek());
    if (type === undefined) giveUp();
    return this.literal(this.i++, type);
  }

  /** `{ constant: value, … }`, values constants or maps; a key given twice is left to the full parse. */
  private optionMap(): MapLiteral {
    const open = this.expect(L.LBRACE);
    if (++this.depth > MAX_DEPTH) giveUp();
    const entries: MapLiteral['entries'] = [];
    const keys = new Set<string>();
    if (this.peek() !== L.RBRACE) {
      do {
        const key = this.constant();
        const id = key.value ?? key.text;
        if (keys.has(id)) giveUp();
        keys.add(id);
        this.expect(L.COLON);
        const value: Expression = this.peek() === L.LBRACE ? this.optionMap() : this.constant();
        entries.push({ kind: 'MapEntry', range: { start: key.range.start, end: value.range.end }, key, value });
      } while (this.accept(L.COMMA));
    }
    const close = this.expect(L.RBRACE);
    this.depth--;
    return { kind: 'MapLiteral', range: this.range(open, close), entries };
  }
}

/** Options keyed by name; an option given twice is left to the full parse (Cassandra records it as an error). */
function propertyMap(list: Property[], range: SourceRange): PropertyMap {
  const properties: Record<string, Property> = {};
  const names = new Set<string>();
  for (const p of list) {
    if (names.has(p.name.text)) giveUp();
    names.add(p.name.text);
    properties[p.name.text] = p;
  }
  return { kind: 'PropertyMap', range, properties };
}
