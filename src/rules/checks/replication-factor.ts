import type { AlterKeyspace, CreateKeyspace } from '../../cql/ast/nodes.js';
import { numberValue, scalarText } from '../../catalog/properties.js';
import { defineCheck } from '../context.js';
import { ntsDatacenters } from '../replication.js';

export default defineCheck({
  name: 'replication-factor',
  create(ctx) {
    const check = (node: CreateKeyspace | AlterKeyspace): void => {
      for (const dc of ntsDatacenters(node) ?? []) {
        const factor = numberValue(dc.value);
        if (factor !== undefined && factor !== 3) {
          ctx.report({ at: dc.entry, data: { factor: scalarText(dc.value) ?? String(factor), datacenter: dc.key } });
        }
      }
    };
    return { CreateKeyspace: check, AlterKeyspace: check };
  },
});
