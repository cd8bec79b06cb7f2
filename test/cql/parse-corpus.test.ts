/**
 * The parser corpus: every statement under fixtures/cql/ok (Cassandra 5.0 CQL and cqlsh commands),
 * fixtures/cql/ok-keyspaces (Amazon Keyspaces extensions) and fixtures/cql/ok-cassandra3 (Cassandra
 * 3.x forms that 4.0 and later reject) parses without errors, and ordinary statements never need
 * the slower LL stage.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTrees } from '../../src/cql/parse-tree.js';
import { splitScript } from '../../src/cql/split.js';

const root = join(import.meta.dirname, '..', '..', 'fixtures', 'cql');

function corpus(folder: string): Array<[string, string]> {
  const dir = join(root, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cql'))
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
}

for (const folder of ['ok', 'ok-keyspaces', 'ok-cassandra3']) {
  describe(`fixtures/cql/${folder}`, () => {
    const files = corpus(folder);

    it('has statements to check', () => {
      expect(files.length).toBeGreaterThan(folder === 'ok' ? 30 : 0);
    });

    it.each(files)('%s parses every statement without errors or LL fallbacks', (_name, text) => {
      const { statements } = splitScript(text);
      const result = parseTrees(text);
      const shown = result.errors.map((e) => `${e.range.start.line}:${e.range.start.column} ${e.message} in: ${e.statementText}`);
      expect(shown).toEqual([]);
      expect(result.trees).toHaveLength(statements.length);
      expect(statements.length).toBeGreaterThan(0);
      expect(result.sllFallbacks).toBe(0);
    });
  });
}

describe('the ok corpus covers every statement kind', () => {
  it('parses at least one statement of each kind of the grammar', () => {
    const kinds = new Set<string>();
    for (const folder of ['ok', 'ok-keyspaces']) {
      for (const [, text] of corpus(folder)) {
        for (const { tree } of parseTrees(text).trees) {
          const child = tree.getChild(0);
          if (child) kinds.add(child.constructor.name.replace(/Context$/, ''));
        }
      }
    }
    const expected = [
      'SelectStatement', 'InsertStatement', 'UpdateStatement', 'DeleteStatement', 'BatchStatement', 'UseStatement',
      'TruncateStatement', 'CreateKeyspaceStatement', 'AlterKeyspaceStatement', 'DropKeyspaceStatement',
      'CreateTableStatement', 'AlterTableStatement', 'DropTableStatement', 'CreateTypeStatement', 'AlterTypeStatement',
      'DropTypeStatement', 'CreateIndexStatement', 'DropIndexStatement', 'CreateMaterializedViewStatement',
      'AlterMaterializedViewStatement', 'DropMaterializedViewStatement', 'CreateFunctionStatement',
      'DropFunctionStatement', 'CreateAggregateStatement', 'DropAggregateStatement', 'CreateTriggerStatement',
      'DropTriggerStatement', 'CreateRoleStatement', 'AlterRoleStatement', 'DropRoleStatement', 'GrantRoleStatement',
      'RevokeRoleStatement', 'ListRolesStatement', 'CreateUserStatement', 'AlterUserStatement', 'DropUserStatement',
      'ListUsersStatement', 'AddIdentityStatement', 'DropIdentityStatement', 'GrantPermissionsStatement',
      'RevokePermissionsStatement', 'ListPermissionsStatement', 'DescribeStatement', 'RestoreTableStatement',
      'ConsistencyStatement', 'SerialConsistencyStatement', 'CopyStatement', 'SourceStatement', 'PagingStatement',
      'TracingStatement', 'ExpandStatement', 'CaptureStatement', 'LoginStatement', 'ClearStatement',
    ];
    expect([...kinds].sort()).toEqual([...expected].sort());
  });
});
