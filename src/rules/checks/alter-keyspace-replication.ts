import { replicationCheck } from '../replication-check.js';

export default replicationCheck('alter-keyspace-replication');
