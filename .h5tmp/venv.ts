import { ensurePythonEnv } from '../test/integration/python/venv.js';
const t = Date.now();
const env = await ensurePythonEnv();
console.log('ok', env.python, env.cqlsh, Date.now() - t, 'ms');
