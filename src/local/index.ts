// Public surface of src/local: a real Apache Cassandra 5.0 from Maven jars on loopback.
export {
  startLocalCassandra,
  stopLocalCassandra,
  localStatus,
  resolveDir,
  DEFAULT_START_TIMEOUT_MS,
  DEFAULT_STOP_TIMEOUT_MS,
  type StartOptions,
  type LocalCassandra,
  type LocalStatus,
} from './server.js';
export { readPidFile, readState, type LocalState } from './state.js';
export { findJava, parseJavaVersion, type JavaInstall } from './java.js';
export { DEFAULT_HEAP, DEFAULT_SUPERUSER, isHeapSize } from './config.js';
export { defaultLocalDir } from './paths.js';
