// `NODE_OPTIONS=--import=<this file>` with KSMIG_TEST_LOADS=<file>: the process appends the URL of
// every module it loads to that file, one a line (see loaded-modules.ts).
import { register } from 'node:module';

register('./record-loads-hooks.mjs', import.meta.url);
