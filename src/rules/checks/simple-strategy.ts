import { replicationCheck } from '../replication-check.js';

export default replicationCheck('simple-strategy');
