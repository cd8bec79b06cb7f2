import { replicationCheck } from '../replication-check.js';

export default replicationCheck('nts-default-replication-factor');
