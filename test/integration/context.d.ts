// Values the integration global setup (test/integration/global-setup.ts) provides to every test.
export {};

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Cassandra 5.0 node shared by the whole integration run (no auth, DC `datacenter1`). */
    cassandra: { host: string; port: number };
  }
}
