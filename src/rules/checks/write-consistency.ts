import { consistencyCheck } from '../consistency-check.js';

export default consistencyCheck('write-consistency', ['LOCAL_QUORUM'], ['Insert', 'Update', 'Delete', 'Batch']);
