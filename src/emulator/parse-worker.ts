/**
 * Entry point of the background parser's worker thread (background-parser.ts): parses each text
 * it is sent and answers with its statement. It sits next to run.ts, which starts it by its URL, so
 * the compiled modules (dist/emulator/) and the bundle (dist/bundle/, where it is an entry point of
 * its own) both find it beside the module that starts it.
 */
import { parentPort } from 'node:worker_threads';
import { parseOne } from './keyspaces/parse-one.js';
import type { ParseReply, ParseRequest } from './background-parser.js';

parentPort?.on('message', (request: ParseRequest) => {
  const reply: ParseReply = { id: request.id, statement: parseOne(request.cql) };
  parentPort?.postMessage(reply);
});
