import { AWS_REGION_NAME } from '../../keyspaces/regions.js';
import { numberValue } from '../../catalog/properties.js';
import { defineCheck } from '../context.js';
import { ntsDatacenters } from '../replication.js';

export default defineCheck({
  name: 'alter-keyspace-replication',
  create(ctx) {
    return {
      AlterKeyspace(node) {
        const replication = node.properties?.properties['replication'];
        if (replication === undefined) return;
        // The Keyspaces form (a Region-keyed NetworkTopologyStrategy map with factor 3 everywhere) is how a Region is added.
        const dcs = ntsDatacenters(node);
        const keyspacesForm = dcs !== undefined && dcs.length >= 2 && dcs.every((dc) => AWS_REGION_NAME.test(dc.key) && numberValue(dc.value) === 3);
        if (!keyspacesForm) ctx.report({ at: replication, data: { keyspace: node.name.text } });
      },
    };
  },
});
