import type { Identifier } from '../../cql/ast/nodes.js';
import { KEYSPACES_NAME } from '../../catalog/catalog.js';
import { defineCheck } from '../context.js';

export default defineCheck({
  name: 'invalid-name',
  create(ctx) {
    const check = (what: string, name: Identifier): void => {
      if (!KEYSPACES_NAME.test(name.text)) ctx.report({ at: name, data: { what, name: name.text, length: name.text.length } });
    };
    return {
      CreateKeyspace: (n) => check('KEYSPACE', n.name),
      CreateTable: (n) => check('TABLE', n.name.name),
    };
  },
});
