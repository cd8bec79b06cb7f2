import { replicationCheck } from '../replication-check.js';

export default replicationCheck('single-region-nts');
