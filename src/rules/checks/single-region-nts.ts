import type { CreateKeyspace } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';
import { ntsDatacenters } from '../replication.js';

export default defineCheck({
  name: 'single-region-nts',
  create(ctx) {
    // ALTER KEYSPACE adds Regions one at a time on Keyspaces, so only CREATE is judged.
    const check = (node: CreateKeyspace): void => {
      const dcs = ntsDatacenters(node);
      const only = dcs?.[0];
      if (dcs?.length === 1 && only !== undefined) ctx.report({ at: only.entry, data: { datacenter: only.key } });
    };
    return { CreateKeyspace: check };
  },
});
