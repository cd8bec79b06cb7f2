import { replicationCheck } from '../replication-check.js';

export default replicationCheck('datacenter-not-region');
