/** DESCRIBE and the other cqlsh commands as CQL: CONSISTENCY, COPY, SOURCE, PAGING, TRACING, EXPAND, CAPTURE, LOGIN, CLEAR. */
import type { Identifier, PropertyMap, Statement } from '../nodes.js';
import { list, type StatementPrinters } from './clauses.js';
import { printFunctionName, printIdentifier, printQualifiedName, printRoleName, printTypeName, quoteName } from './names.js';
import { orderedProperties, withClause } from './properties.js';
import { printExpression } from './terms.js';

/** cqlsh COPY options: any word is a valid name (`NULL`, `HEADER`), so names stay bare, upper-case as cqlsh documents them. */
function printCopyOptions(map: PropertyMap | undefined): string[] {
  if (map === undefined) return [];
  const word = (id: Identifier): string => (id.quoted ? quoteName(id.text) : id.text);
  return orderedProperties(map).map((p) => {
    const name = p.name.quoted ? quoteName(p.name.text) : p.name.text.toUpperCase();
    return `${name} = ${p.value.kind === 'Identifier' ? word(p.value) : printExpression(p.value)}`;
  });
}

function printDescribe(stmt: Extract<Statement, { kind: 'Describe' }>): string {
  const name = stmt.name === undefined ? '' : ` ${printQualifiedName(stmt.name)}`;
  let out: string;
  switch (stmt.target) {
    case 'cluster':
      out = 'DESCRIBE CLUSTER';
      break;
    case 'schema':
      out = stmt.full ? 'DESCRIBE FULL SCHEMA' : 'DESCRIBE SCHEMA';
      break;
    case 'keyspaces':
      out = 'DESCRIBE KEYSPACES';
      break;
    case 'keyspace':
      out = `DESCRIBE ${stmt.only ? 'ONLY ' : ''}KEYSPACE${stmt.keyspace === undefined ? '' : ` ${printIdentifier(stmt.keyspace)}`}`;
      break;
    case 'tables':
      out = 'DESCRIBE TABLES';
      break;
    case 'table':
      out = `DESCRIBE TABLE${name}`;
      break;
    case 'index':
      out = `DESCRIBE INDEX${name}`;
      break;
    case 'materializedView':
      out = `DESCRIBE MATERIALIZED VIEW${name}`;
      break;
    case 'types':
      out = 'DESCRIBE TYPES';
      break;
    case 'type':
      out = `DESCRIBE TYPE${stmt.name === undefined ? '' : ` ${printTypeName(stmt.name)}`}`;
      break;
    case 'functions':
      out = 'DESCRIBE FUNCTIONS';
      break;
    case 'function':
      out = `DESCRIBE FUNCTION${stmt.name === undefined ? '' : ` ${printFunctionName(stmt.name)}`}`;
      break;
    case 'aggregates':
      out = 'DESCRIBE AGGREGATES';
      break;
    case 'aggregate':
      out = `DESCRIBE AGGREGATE${stmt.name === undefined ? '' : ` ${printFunctionName(stmt.name)}`}`;
      break;
    case 'name':
      out = `DESCRIBE${name}`;
      break;
  }
  return stmt.withInternals ? `${out} WITH INTERNALS` : out;
}

type CqlshKind =
  | 'Describe'
  | 'Consistency'
  | 'SerialConsistency'
  | 'Copy'
  | 'Source'
  | 'Paging'
  | 'Tracing'
  | 'Expand'
  | 'Capture'
  | 'Login'
  | 'Clear';

export const CQLSH_PRINTERS: StatementPrinters<CqlshKind> = {
  Describe: printDescribe,
  Consistency: (stmt) => (stmt.level === undefined ? 'CONSISTENCY' : `CONSISTENCY ${stmt.level}`),
  SerialConsistency: (stmt) => (stmt.level === undefined ? 'SERIAL CONSISTENCY' : `SERIAL CONSISTENCY ${stmt.level}`),
  Copy: (stmt) => {
    let out = `COPY ${printQualifiedName(stmt.table)}`;
    if (stmt.columns.length > 0) out += ` (${list(stmt.columns, printIdentifier)})`;
    out += ` ${stmt.direction.toUpperCase()} `;
    out += stmt.file !== undefined ? stmt.file.text : (stmt.stdio ?? 'stdin').toUpperCase();
    return out + withClause(printCopyOptions(stmt.options));
  },
  Source: (stmt) => `SOURCE ${stmt.file.text}`,
  Paging: (stmt) => {
    if (stmt.pageSize !== undefined) return `PAGING ${stmt.pageSize.text}`;
    return stmt.mode === undefined ? 'PAGING' : `PAGING ${stmt.mode.toUpperCase()}`;
  },
  Tracing: (stmt) => (stmt.mode === undefined ? 'TRACING' : `TRACING ${stmt.mode.toUpperCase()}`),
  Expand: (stmt) => (stmt.mode === undefined ? 'EXPAND' : `EXPAND ${stmt.mode.toUpperCase()}`),
  Capture: (stmt) => {
    if (stmt.off) return 'CAPTURE OFF';
    return stmt.file === undefined ? 'CAPTURE' : `CAPTURE ${stmt.file.text}`;
  },
  Login: (stmt) =>
    stmt.password === undefined ? `LOGIN ${printRoleName(stmt.user)}` : `LOGIN ${printRoleName(stmt.user)} ${stmt.password.text}`,
  Clear: () => 'CLEAR',
};
