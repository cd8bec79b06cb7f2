import { replicationCheck } from '../replication-check.js';

export default replicationCheck('replication-class');
