import { quotaCheck } from '../quota-check.js';

export default quotaCheck({ name: 'too-many-tables', statement: 'CreateTable', option: 'maxTables', total: (catalog) => catalog.tables.size });
