/**
 * Every input of an audit becomes a SourceText: the text to parse and the name findings carry.
 * `file` is the path exactly as the user gave it (or found under a directory they gave),
 * `<stdin>` for `-`, `origin:<host>/<keyspace>` for a live schema.
 */
export interface SourceText {
  file: string;
  text: string;
}

/** An input that could not be read or decoded; the audit reports it as a KS0002 finding. */
export interface UnreadableSource {
  file: string;
  reason: string;
}

/** Thrown while an input is read when it cannot be read or decoded; the audit reports it as KS0002. */
export class UnreadableInputError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnreadableInputError';
  }
}
