import { keySizeCheck } from '../key-size.js';

export default keySizeCheck('partition-key-size', 'partitionKey');
