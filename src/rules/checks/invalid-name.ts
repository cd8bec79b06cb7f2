import type { Identifier } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';

const VALID = /^[a-zA-Z0-9][a-zA-Z0-9_]{0,47}$/;

export default defineCheck({
  name: 'invalid-name',
  create(ctx) {
    const check = (what: string, name: Identifier): void => {
      if (!VALID.test(name.text)) ctx.report({ at: name, data: { what, name: name.text, length: name.text.length } });
    };
    return {
      CreateKeyspace: (n) => check('KEYSPACE', n.name),
      CreateTable: (n) => check('TABLE', n.name.name),
    };
  },
});
