import type { Delete, Insert, Update } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';
import { conditionText } from '../helpers.js';

export default defineCheck({
  name: 'lwt-cost',
  create(ctx) {
    const check = (node: Insert | Update | Delete): void => {
      const condition = conditionText(node, ctx.text);
      if (condition !== undefined) ctx.report({ at: node, data: { condition } });
    };
    return { Insert: check, Update: check, Delete: check };
  },
});
