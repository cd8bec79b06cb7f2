import { indexCheck } from '../index-check.js';

export default indexCheck('query-uses-index');
