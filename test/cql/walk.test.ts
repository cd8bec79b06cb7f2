import { describe, expect, it } from 'vitest';
import type { AstNode, Statement } from '../../src/cql/ast/nodes.js';
import { NODE_KINDS, STATEMENT_KINDS } from '../../src/cql/ast/nodes.js';
import { children, isNode, walk } from '../../src/cql/ast/walk.js';
import { parseScript } from '../../src/cql/parse.js';
import { col, id, int, qn, range, str } from './ast-helpers.js';

const update: Statement = {
  kind: 'Update',
  range,
  table: qn('ks', 't'),
  using: { kind: 'Using', range, ttl: int(60) },
  assignments: [{ kind: 'Assignment', range, target: col('v'), operation: 'set', compound: false, value: str('x') }],
  where: [{ kind: 'Relation', range, left: col('k'), operator: 'IN', right: { kind: 'InList', range, values: [int(1), int(2)] } }],
  ifExists: false,
  conditions: [],
};

describe('children', () => {
  it('lists direct sub-nodes in field order, flattening arrays', () => {
    expect(children(update).map((n) => n.kind)).toEqual(['QualifiedName', 'Using', 'Assignment', 'Relation']);
  });

  it('includes the values of record-typed fields', () => {
    const map: AstNode = {
      kind: 'PropertyMap',
      range,
      properties: {
        comment: { kind: 'Property', range, name: id('comment'), value: str('a') },
        gc_grace_seconds: { kind: 'Property', range, name: id('gc_grace_seconds'), value: int(0) },
      },
    };
    expect(children(map).map((n) => (n.kind === 'Property' ? n.name.text : n.kind))).toEqual(['comment', 'gc_grace_seconds']);
  });

  it('has no children for leaves', () => {
    expect(children(id('x'))).toEqual([]);
    expect(children(int(1))).toEqual([]);
  });
});

describe('walk', () => {
  it('visits every node depth-first with enter and exit in order', () => {
    const events: string[] = [];
    walk(update, {
      Update: () => void events.push('enter Update'),
      'Update:exit': () => void events.push('exit Update'),
      Relation: (n) => void events.push(`enter Relation ${n.operator}`),
      'Relation:exit': () => void events.push('exit Relation'),
      Literal: (n) => void events.push(`literal ${n.text}`),
    });
    expect(events).toEqual([
      'enter Update',
      'literal 60',
      "literal 'x'",
      'enter Relation IN',
      'literal 1',
      'literal 2',
      'exit Relation',
      'exit Update',
    ]);
  });

  it('passes the parent node', () => {
    const parents: string[] = [];
    walk(update, { InList: (_n, parent) => void parents.push(parent?.kind ?? 'none') });
    expect(parents).toEqual(['Relation']);
  });

  it('skips children when an enter visitor returns false, still calling exit', () => {
    const seen: string[] = [];
    walk(update, {
      Relation: () => false,
      'Relation:exit': () => void seen.push('exit Relation'),
      Literal: (n) => void seen.push(n.text),
    });
    expect(seen).toEqual(['60', "'x'", 'exit Relation']);
  });

  it('counts every node exactly once', () => {
    let count = 0;
    const all: Record<string, (n: AstNode) => void> = {};
    for (const kind of NODE_KINDS) all[kind] = () => void (count += 1);
    walk(update, all);
    // Update, QualifiedName + 2 Identifiers, Using + Literal, Assignment + ColumnRef + Identifier + Literal,
    // Relation + ColumnRef + Identifier + InList + 2 Literals
    expect(count).toBe(16);
  });
});

describe('kind lists', () => {
  it('NODE_KINDS has no duplicates and includes every statement kind', () => {
    expect(new Set(NODE_KINDS).size).toBe(NODE_KINDS.length);
    for (const kind of STATEMENT_KINDS) expect(NODE_KINDS).toContain(kind);
  });

  it('isNode recognises nodes only', () => {
    expect(isNode(update)).toBe(true);
    expect(isNode({ kind: 'Identifier' })).toBe(false);
    expect(isNode(null)).toBe(false);
    expect(isNode('Select')).toBe(false);
  });
});

describe('walk over parsed statements', () => {
  const countKinds = (value: unknown): number => {
    if (Array.isArray(value)) return value.reduce((n: number, v) => n + countKinds(v), 0);
    if (typeof value !== 'object' || value === null) return 0;
    const own = typeof (value as { kind?: unknown }).kind === 'string' ? 1 : 0;
    return own + Object.entries(value).reduce((n, [k, v]) => (k === 'range' ? n : n + countKinds(v)), 0);
  };

  it('visits every object that has a kind, exactly once, and dispatches rules by kind', () => {
    const { statements, errors } = parseScript(
      [
        "CREATE TABLE ks.t (k int, c int, v map<text, int>, PRIMARY KEY ((k), c)) WITH compaction = {'class': 'LCS'} AND comment = 'x';",
        'BEGIN UNLOGGED BATCH USING TIMESTAMP 1 UPDATE ks.t SET v[?] = 1 WHERE k IN (1, 2, 3) AND c = 1 IF v CONTAINS KEY ?; DELETE FROM ks.t WHERE k = 1; APPLY BATCH;',
        'SELECT k, count(*) AS n FROM ks.t WHERE token(k) > ? GROUP BY k ALLOW FILTERING;',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    for (const stmt of statements) {
      let visited = 0;
      const all: Record<string, () => void> = {};
      for (const kind of NODE_KINDS) all[kind] = () => void (visited += 1);
      walk(stmt, all);
      expect(visited, stmt.kind).toBe(countKinds(stmt));
    }

    const inSizes: number[] = [];
    const usingInBatch: string[] = [];
    for (const stmt of statements) {
      walk(stmt, {
        Relation: (rel) => {
          if (rel.operator === 'IN' && rel.right?.kind === 'InList') inSizes.push(rel.right.values.length);
        },
        Using: (_u, parent) => void usingInBatch.push(parent?.kind ?? 'none'),
        FunctionCall: (fn) => void inSizes.push(fn.args.length * 100),
      });
    }
    // IN (1, 2, 3) → 3; count(*) has one argument, token(k) one → 100 each.
    expect(inSizes.sort((a, b) => a - b)).toEqual([3, 100, 100]);
    expect(usingInBatch).toEqual(['Batch']);
  });
});
