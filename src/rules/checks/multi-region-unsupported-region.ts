import type { AlterKeyspace, CreateKeyspace } from '../../cql/ast/nodes.js';
import { NO_MULTI_REGION_REGION } from '../../keyspaces/regions.js';
import { defineCheck } from '../context.js';
import { ntsDatacenters } from '../replication.js';


export default defineCheck({
  name: 'multi-region-unsupported-region',
  create(ctx) {
    const check = (node: CreateKeyspace | AlterKeyspace): void => {
      for (const dc of ntsDatacenters(node) ?? []) {
        if (NO_MULTI_REGION_REGION.test(dc.key)) ctx.report({ at: dc.entry.key, data: { region: dc.key } });
      }
    };
    return { CreateKeyspace: check, AlterKeyspace: check };
  },
});
