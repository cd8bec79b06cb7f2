import type { AlterKeyspace, CreateKeyspace } from '../../cql/ast/nodes.js';
import { AWS_REGION_NAME } from '../../keyspaces/regions.js';
import { defineCheck } from '../context.js';
import { ntsDatacenters } from '../replication.js';


export default defineCheck({
  name: 'datacenter-not-region',
  create(ctx) {
    const check = (node: CreateKeyspace | AlterKeyspace): void => {
      for (const dc of ntsDatacenters(node) ?? []) {
        if (!AWS_REGION_NAME.test(dc.key)) ctx.report({ at: dc.entry.key, data: { datacenter: dc.key } });
      }
    };
    return { CreateKeyspace: check, AlterKeyspace: check };
  },
});
