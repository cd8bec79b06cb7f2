import { describe, expect, it } from 'vitest';
import { checkConsistency, classifyStatement, classifyText } from '../../../src/emulator/keyspaces/consistency.js';
import { Consistency, ErrorCode } from '../../../src/emulator/keyspaces/errors.js';
import { parse } from './helpers.js';

const writeText = (level: string) =>
  `Consistency level ${level} is not supported for this operation. Supported consistency levels are: LOCAL_QUORUM`;
const readText = (level: string) =>
  `Consistency level ${level} is not supported for this operation. Supported consistency levels are: ONE, LOCAL_QUORUM, LOCAL_ONE`;

describe('checkConsistency', () => {
  it('accepts writes only at LOCAL_QUORUM, with Keyspaces text otherwise', () => {
    expect(checkConsistency('write', Consistency.LOCAL_QUORUM)).toBeUndefined();
    expect(checkConsistency('write', Consistency.ONE)).toEqual({ code: ErrorCode.Invalid, message: writeText('ONE'), rule: 'consistency-write', inferred: false });
    expect(checkConsistency('write', Consistency.QUORUM)?.message).toBe(writeText('QUORUM'));
    expect(checkConsistency('write', Consistency.LOCAL_ONE)?.message).toBe(writeText('LOCAL_ONE'));
    expect(checkConsistency('write', Consistency.ALL)?.code).toBe(0x2200);
  });

  it('accepts reads at ONE, LOCAL_ONE, LOCAL_QUORUM only', () => {
    for (const level of [Consistency.ONE, Consistency.LOCAL_ONE, Consistency.LOCAL_QUORUM]) {
      expect(checkConsistency('read', level)).toBeUndefined();
    }
    expect(checkConsistency('read', Consistency.ANY)).toEqual({ code: 0x2200, message: readText('ANY'), rule: 'consistency-read', inferred: false });
    expect(checkConsistency('read', Consistency.SERIAL)?.message).toBe(readText('SERIAL'));
    expect(checkConsistency('read', Consistency.EACH_QUORUM)?.message).toBe(readText('EACH_QUORUM'));
  });

  it('checks conditional writes at LOCAL_QUORUM and never refuses their serial consistency', () => {
    expect(checkConsistency('conditional-write', Consistency.LOCAL_QUORUM, Consistency.SERIAL)).toBeUndefined();
    expect(checkConsistency('conditional-write', Consistency.LOCAL_QUORUM, Consistency.LOCAL_SERIAL)).toBeUndefined();
    expect(checkConsistency('conditional-write', Consistency.SERIAL)?.message).toBe(writeText('SERIAL'));
  });

  it('lets DDL, USE and system-table reads through at any level', () => {
    for (const op of ['ddl', 'use', 'system-read', 'other'] as const) {
      expect(checkConsistency(op, Consistency.ALL)).toBeUndefined();
      expect(checkConsistency(op, Consistency.ONE)).toBeUndefined();
    }
  });

  it('names unknown levels in hex', () => {
    expect(checkConsistency('read', 0x42)?.message).toBe(readText('0x0042'));
  });
});

describe('classifyText', () => {
  it('classifies by leading keyword', () => {
    expect(classifyText('SELECT * FROM ks.t')).toBe('read');
    expect(classifyText('  select * from system.local')).toBe('system-read');
    expect(classifyText('SELECT * FROM "system_schema".tables')).toBe('system-read');
    expect(classifyText('SELECT * FROM peers', 'system')).toBe('system-read');
    expect(classifyText('SELECT * FROM peers', 'app')).toBe('read');
    expect(classifyText('INSERT INTO t (a) VALUES (1)')).toBe('write');
    expect(classifyText('INSERT INTO t (a) VALUES (1) IF NOT EXISTS')).toBe('conditional-write');
    expect(classifyText("INSERT INTO t (a) VALUES ('only IF quoted')")).toBe('write');
    expect(classifyText('BEGIN BATCH INSERT INTO t (a) VALUES (1); APPLY BATCH')).toBe('write');
    expect(classifyText('USE ks')).toBe('use');
    expect(classifyText('-- comment\nCREATE TABLE t (a int PRIMARY KEY)')).toBe('ddl');
    expect(classifyText('GRANT SELECT ON ks.t TO r')).toBe('ddl');
    expect(classifyText('')).toBe('other');
    expect(classifyText('frobnicate')).toBe('other');
  });
});

describe('classifyStatement', () => {
  it('classifies parsed statements', () => {
    expect(classifyStatement(parse('SELECT * FROM ks.t'))).toBe('read');
    expect(classifyStatement(parse('SELECT * FROM system_schema.tables'))).toBe('system-read');
    expect(classifyStatement(parse('SELECT * FROM local'), 'system')).toBe('system-read');
    expect(classifyStatement(parse('INSERT INTO t (a) VALUES (1)'))).toBe('write');
    expect(classifyStatement(parse('INSERT INTO t (a) VALUES (1) IF NOT EXISTS'))).toBe('conditional-write');
    expect(classifyStatement(parse('UPDATE t SET b = 1 WHERE a = 1 IF b = 2'))).toBe('conditional-write');
    expect(classifyStatement(parse('DELETE FROM t WHERE a = 1 IF EXISTS'))).toBe('conditional-write');
    expect(classifyStatement(parse('DELETE FROM t WHERE a = 1'))).toBe('write');
    expect(
      classifyStatement(parse('BEGIN BATCH INSERT INTO t (a) VALUES (1); UPDATE t SET b = 1 WHERE a = 2 IF EXISTS; APPLY BATCH')),
    ).toBe('conditional-write');
    expect(classifyStatement(parse('BEGIN UNLOGGED BATCH INSERT INTO t (a) VALUES (1); APPLY BATCH'))).toBe('write');
    expect(classifyStatement(parse('USE ks'))).toBe('use');
    expect(classifyStatement(parse('CREATE TABLE t (a int PRIMARY KEY)'))).toBe('ddl');
    expect(classifyStatement(parse("GRANT SELECT ON KEYSPACE ks TO r"))).toBe('ddl');
    expect(classifyStatement(parse('TRUNCATE t'))).toBe('ddl');
  });
});
