/**
 * Secret redaction used by every logger, error printer and report writer. Values registered here
 * are replaced by `***` wherever they appear in text that leaves the process.
 */
const secrets = new Set<string>();

/** Registers a secret (password, secret access key, session token) so it never appears in output. */
export function registerSecret(value: string | undefined | null): void {
  // Very short values would redact ordinary words; real secrets are longer.
  if (value && value.length >= 4) secrets.add(value);
}

/** Returns `text` with every registered secret, and anything that looks like a SigV4 secret or signature field, masked. */
export function redact(text: string): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join('***');
  return out
    .replace(/(signature=)[0-9a-f]{64}/gi, '$1***')
    .replace(/(session_token=)[^,\s"'&]+/gi, '$1***')
    .replace(SECRET_ASSIGNED, '$1***')
    .replace(SECRET_JSON, '$1***')
    .replace(SECRET_QUOTED, '$1***');
}

/** Names of fields that hold secrets. */
const SECRET_KEY = String.raw`(?:password|secret(?:_access)?_?key|secretAccessKey|sessionToken)`;
// Only where a value is clearly assigned: `password=x`, `"password": x`, `password: "x"`. A bare
// `password: ` is prose as often as YAML ("origin.password: secrets are not read…"): its next word
// is not a secret.
const SECRET_ASSIGNED = new RegExp(String.raw`(${SECRET_KEY}\s*=\s*["']?)[^\s"',}&]+`, 'gi');
const SECRET_JSON = new RegExp(String.raw`(["']${SECRET_KEY}["']\s*:\s*["']?)[^\s"',}]+`, 'gi');
const SECRET_QUOTED = new RegExp(String.raw`(${SECRET_KEY}\s*:\s*["'])[^"']+`, 'gi');
