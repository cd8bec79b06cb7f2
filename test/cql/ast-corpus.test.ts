import { describe, expect, it } from 'vitest';
import type { AstNode } from '../../src/cql/ast/nodes.js';
import { NODE_KINDS } from '../../src/cql/ast/nodes.js';
import { withoutRanges } from '../../src/cql/ast/ranges.js';
import { children, walk } from '../../src/cql/ast/walk.js';
import type { SourcePosition } from '../../src/cql/source.js';
import { corpusFiles, type CorpusFile } from './ast-corpus-files.js';

const files = corpusFiles();

/** Files whose snapshots keep source ranges (the rest strip them to stay readable). */
const RANGED_SNAPSHOTS = new Set(['ok-zz-ast-ranges']);

describe('AST snapshots of the ok corpus', () => {
  it('finds corpus files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [f.path, f] as const))('%s', async (_path, file) => {
    expect(file.result.errors).toEqual([]);
    const ast = RANGED_SNAPSHOTS.has(file.id) ? file.result.statements : withoutRanges(file.result.statements);
    await expect(`${compactJson(ast)}\n`).toMatchFileSnapshot(`__snapshots__/ast-${file.id}.json`);
  });
});

/** JSON with small objects and arrays kept on one line, so snapshots read like the tree. */
function compactJson(value: unknown, indent = ''): string {
  const flat = JSON.stringify(value);
  if (flat === undefined || flat.length + indent.length <= 110 || typeof value !== 'object' || value === null) return flat ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + compactJson(v, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner)}`);
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

/** Line/column of a UTF-16 offset, counted independently of the parser. */
function positionOf(text: string, offset: number): SourcePosition {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { offset, line: before.split('\n').length, column: offset - lastBreak };
}

function nodesOf(file: CorpusFile): { node: AstNode; parent: AstNode | undefined }[] {
  const out: { node: AstNode; parent: AstNode | undefined }[] = [];
  for (const stmt of file.result.statements) walk(stmt, Object.fromEntries(NODE_KINDS.map((k) => [k, (node: AstNode, parent: AstNode | undefined) => void out.push({ node, parent })])));
  return out;
}

describe('AST ranges over the ok corpus', () => {
  it.each(files.map((f) => [f.path, f] as const))('%s: exact, nested, and consistent with the text', (_path, file) => {
    for (const { node, parent } of nodesOf(file)) {
      const { start, end } = node.range;
      const where = `${node.kind} at ${start.line}:${start.column}`;
      expect(positionOf(file.text, start.offset), where).toEqual(start);
      expect(positionOf(file.text, end.offset), where).toEqual(end);
      expect(start.offset, where).toBeLessThanOrEqual(end.offset);
      if (parent !== undefined) {
        expect(start.offset, `${where} inside ${parent.kind}`).toBeGreaterThanOrEqual(parent.range.start.offset);
        expect(end.offset, `${where} inside ${parent.kind}`).toBeLessThanOrEqual(parent.range.end.offset);
      }
      const source = file.text.slice(start.offset, end.offset);
      if (node.kind === 'Literal') expect(source, where).toBe(node.text);
      if (node.kind === 'Identifier') {
        const expected = node.quoted
          ? source.slice(1, -1).replaceAll(source.startsWith("'") ? "''" : '""', source.startsWith("'") ? "'" : '"')
          : source.toLowerCase();
        expect(expected, where).toBe(node.text);
      }
      if (node.kind === 'BindMarker') expect(source.startsWith('?') || source.startsWith(':'), where).toBe(true);
    }
  });

  it('gives every statement a range that starts at its first keyword and ends at its last token', () => {
    for (const file of files) {
      for (const stmt of file.result.statements) {
        const source = file.text.slice(stmt.range.start.offset, stmt.range.end.offset);
        expect(source, `${file.path}:${stmt.range.start.line}`).toMatch(/^[A-Za-z]/);
        expect(source, `${file.path}:${stmt.range.start.line}`).toBe(source.trim());
        expect(source.endsWith(';'), `${file.path}:${stmt.range.start.line}`).toBe(false);
      }
    }
  });

  it('is plain JSON data: no undefined fields, no classes, no shared parse-tree objects', () => {
    for (const file of files) {
      for (const stmt of file.result.statements) {
        expect(JSON.parse(JSON.stringify(stmt)), `${file.path}:${stmt.range.start.line}`).toStrictEqual(stmt);
      }
    }
  });

  it('lists children in source order', () => {
    for (const file of files) {
      for (const { node } of nodesOf(file)) {
        if (node.kind === 'PropertyMap') continue; // keyed by name; WITH items may be interleaved with clustering order
        // An inline key (`id uuid PRIMARY KEY`) sits inside its column definition, listed after the columns.
        // WITH items interleave clustering order and properties in any order.
        const kids = children(node).filter(
          (c) => !(c.kind === 'PrimaryKey' && c.inline) && c.kind !== 'ClusteringOrder' && c.kind !== 'PropertyMap',
        );
        const starts = kids.map((c) => c.range.start.offset);
        expect(starts, `${file.path} ${node.kind} at ${node.range.start.line}:${node.range.start.column}`).toEqual([...starts].sort((a, b) => a - b));
      }
    }
  });
});
