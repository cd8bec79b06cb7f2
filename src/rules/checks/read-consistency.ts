import { consistencyCheck } from '../consistency-check.js';

export default consistencyCheck('read-consistency', ['ONE', 'LOCAL_ONE', 'LOCAL_QUORUM'], ['Select']);
