import type { CreateType } from '../cql/ast/nodes.js';
import type { TypeInfo } from '../catalog/catalog.js';
import { qualify } from './ast.js';
import { storableType } from './columns.js';
import type { ConvertContext, Converted } from './context.js';

/** The user-defined type as Keyspaces can create it: qualified, IF NOT EXISTS, each field of a storable type. */
export function convertType(type: TypeInfo, ctx: ConvertContext): Converted<CreateType> {
  const notes: string[] = [];
  const fields = type.ddl.fields.map((f) => ({ ...f, type: storableType(f.type, `${type.name}.${f.name.text}`, ctx, notes) }));
  return { statement: { ...type.ddl, name: qualify(type.ddl.name, type.keyspace), ifNotExists: true, fields }, notes };
}
