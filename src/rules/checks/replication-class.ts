import type { AlterKeyspace, CreateKeyspace } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';
import { replicationMap } from '../replication.js';

const KNOWN = new Set(['SingleRegionStrategy', 'NetworkTopologyStrategy', 'SimpleStrategy']);

export default defineCheck({
  name: 'replication-class',
  create(ctx) {
    const check = (node: CreateKeyspace | AlterKeyspace): void => {
      const map = replicationMap(node);
      if (map?.fullClass === undefined || map.className === undefined || KNOWN.has(map.className)) return;
      ctx.report({ at: map.classEntry ?? node, data: { className: map.fullClass } });
    };
    return { CreateKeyspace: check, AlterKeyspace: check };
  },
});
