// Types for fetch.mjs (plain JavaScript so it runs before the TypeScript build).

/** The Maven descriptor that lists the DSBulk modules. */
export declare const POM_PATH: string;
/** Name of the file, inside `lib/`, that records a finished download. */
export declare const MARKER_NAME: string;
/** DSBulk's entry point. */
export declare const MAIN_CLASS: string;
/** The DSBulk version pinned in pom.xml (`<dsbulk.version>`). */
export declare const DSBULK_VERSION: string;

/** Extracts `<dsbulk.version>` from the descriptor's text. */
export declare function readPinnedVersion(pomText: string): string;
/** `<cache root>/dsbulk-<version>/lib`. */
export declare function dsbulkLibDir(env?: NodeJS.ProcessEnv): string;

export type CompletionCheck = { complete: true; jars: string[] } | { complete: false; reason: string };
/** Whether `libDir` holds a finished download (marker present, every listed jar present with its size). */
export declare function checkComplete(libDir: string): Promise<CompletionCheck>;

export interface EnsureOptions {
  env?: NodeJS.ProcessEnv;
  /** Maven executable; default `$KSMIG_MVN` or `mvn`. */
  mvn?: string;
  /** Progress lines for people. */
  log?: (line: string) => void;
}
/** Ensures DSBulk's classpath is in the cache; resolves it with Maven when not complete. */
export declare function ensureDsbulk(options?: EnsureOptions): Promise<{ libDir: string; fetched: boolean; jars: string[] }>;
