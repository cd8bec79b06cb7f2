/**
 * Entry point of the worker threads that read a large query log in ranges (see
 * src/sources/query-logs/parallel-summary.ts). It sits next to audit.ts, which starts it by its
 * URL, so the compiled modules (dist/workflows/) and the bundle (dist/bundle/, where it is an entry
 * point of its own) both find it beside the module that starts it.
 */
import { serveRangeFold } from '../sources/query-logs/range-worker.js';

serveRangeFold();
