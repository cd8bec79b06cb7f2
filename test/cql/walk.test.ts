import { describe, expect, it } from 'vitest';
import type { AstNode, Statement } from '../../src/cql/ast/nodes.js';
import { NODE_KINDS, STATEMENT_KINDS } from '../../src/cql/ast/nodes.js';
import { children, isNode, walk } from '../../src/cql/ast/walk.js';
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
