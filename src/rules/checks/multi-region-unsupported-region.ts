import type { AlterKeyspace, CreateKeyspace } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';
import { ntsDatacenters } from '../replication.js';

/** AWS GovCloud (US) and China Region names, where Keyspaces has no multi-Region replication (keyspaces-facts §18). */
const UNSUPPORTED_REGION = /^(us-gov|cn)-[a-z]+-\d{1,2}$/;

export default defineCheck({
  name: 'multi-region-unsupported-region',
  create(ctx) {
    const check = (node: CreateKeyspace | AlterKeyspace): void => {
      for (const dc of ntsDatacenters(node) ?? []) {
        if (UNSUPPORTED_REGION.test(dc.key)) ctx.report({ at: dc.entry.key, data: { region: dc.key } });
      }
    };
    return { CreateKeyspace: check, AlterKeyspace: check };
  },
});
