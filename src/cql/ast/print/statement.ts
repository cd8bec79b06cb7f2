/**
 * Canonical CQL for a whole statement: `PRINTERS` holds one printer per statement kind, from the
 * family modules; the type makes a kind without a printer a compile error.
 */
import type { Statement } from '../nodes.js';
import type { StatementPrinters } from './clauses.js';
import { CQLSH_PRINTERS } from './cqlsh.js';
import { DDL_PRINTERS } from './ddl.js';
import { DML_PRINTERS } from './dml.js';
import { SECURITY_PRINTERS } from './security.js';
import { SELECT_PRINTERS } from './select.js';
import { TABLE_PRINTERS } from './tables.js';

const PRINTERS: StatementPrinters = {
  ...SELECT_PRINTERS,
  ...DML_PRINTERS,
  ...TABLE_PRINTERS,
  ...DDL_PRINTERS,
  ...SECURITY_PRINTERS,
  ...CQLSH_PRINTERS,
};

/** One statement as canonical CQL, without a trailing `;`. */
export function printStatement(stmt: Statement): string {
  return (PRINTERS[stmt.kind] as (s: Statement) => string)(stmt);
}
