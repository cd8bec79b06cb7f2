import { quotaCheck } from '../quota-check.js';

export default quotaCheck({ name: 'too-many-keyspaces', statement: 'CreateKeyspace', option: 'maxKeyspaces', total: (catalog) => catalog.keyspaces.size });
