import { replicationCheck } from '../replication-check.js';

export default replicationCheck('multi-region-unsupported-region');
