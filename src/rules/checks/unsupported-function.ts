import { defineCheck } from '../context.js';

/** Keyspaces' built-in functions (keyspaces-facts §6), lower-case; `blobAs<type>` and `<type>AsBlob` match by pattern. */
const SUPPORTED = new Set([
  'cast', 'currentdate', 'currenttime', 'currenttimestamp', 'currenttimeuuid', 'fromjson', 'maxtimeuuid', 'mintimeuuid',
  'now', 'todate', 'tojson', 'token', 'totimestamp', 'ttl', 'tounixtimestamp', 'uuid', 'writetime', 'dateof', 'unixtimestampof',
]);
/** Aggregates have their own rule (KS3004). */
const AGGREGATES = new Set(['count', 'min', 'max', 'sum', 'avg']);

export default defineCheck({
  name: 'unsupported-function',
  create(ctx) {
    return {
      FunctionCall(node) {
        const name = node.name.name.text.toLowerCase();
        if (node.name.keyspace === undefined && (SUPPORTED.has(name) || AGGREGATES.has(name) || /^blobas\w+$/.test(name) || /^\w+asblob$/.test(name))) {
          return;
        }
        ctx.report({ at: node.name, data: { function: ctx.text(node.name) } });
      },
      WritetimeTtl(node) {
        if (node.function === 'maxwritetime') ctx.report({ at: node, data: { function: 'maxwritetime' } });
      },
    };
  },
});
