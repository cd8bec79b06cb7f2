// Types for fetch.mjs (plain JavaScript so CI can run it before the TypeScript build).

/** The Maven descriptor that lists cassandra-all. */
export declare const POM_PATH: string;
/** Name of the file, inside `lib/`, that records a finished download (jar names and sizes). */
export declare const MARKER_NAME: string;
/** The Cassandra version pinned in pom.xml (`<cassandra.version>`). */
export declare const CASSANDRA_VERSION: string;

/** Extracts `<cassandra.version>` from the descriptor's text. */
export declare function readPinnedVersion(pomText: string): string;
/** ksmig's cache root: `$KSMIG_CACHE`, else `$XDG_CACHE_HOME/ksmig`, else `~/.cache/ksmig`. */
export declare function cacheRoot(env?: NodeJS.ProcessEnv): string;
/** Directory holding the jars for the pinned version: `<cache root>/cassandra-<version>/lib`. */
export declare function cassandraLibDir(env?: NodeJS.ProcessEnv): string;

export type CompletionCheck = { complete: true; jars: string[] } | { complete: false; reason: string };
/** Whether `libDir` holds a finished download (marker present, every listed jar present with its size). */
export declare function checkComplete(libDir: string): Promise<CompletionCheck>;
/** The jars in `dir` with their sizes, sorted by name. */
export declare function listJars(dir: string): Promise<{ name: string; size: number }[]>;

export interface EnsureOptions {
  env?: NodeJS.ProcessEnv;
  /** Maven executable; default `$KSMIG_MVN` or `mvn`. */
  mvn?: string;
  /** Progress lines for people. */
  log?: (line: string) => void;
}
/** Ensures the runtime classpath is in the cache; downloads it with Maven when not complete. */
export declare function ensureCassandraRuntime(options?: EnsureOptions): Promise<{ libDir: string; fetched: boolean; jars: string[] }>;
