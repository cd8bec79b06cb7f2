import { keySizeCheck } from '../key-size.js';

export default keySizeCheck('clustering-key-size', 'clustering');
