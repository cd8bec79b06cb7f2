import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { usageError } from '../shared/errors.js';

/** The server's TLS material, and the CA file clients should trust. */
export interface TlsMaterial {
  cert: string;
  key: string;
  /** Path of the CA certificate (PEM) that signed `cert`. */
  caPath: string;
}

const CA_FILE = 'ca.pem';
const CA_KEY_FILE = 'ca-key.pem';
const CERT_FILE = 'server.pem';
const KEY_FILE = 'server-key.pem';

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/**
 * Returns the CA and server certificate in `dir`, creating them on first use: a local CA (10 years)
 * and a server certificate it signs for `localhost` and `127.0.0.1`. Existing files are reused so
 * clients that trust the CA keep working across restarts.
 */
export async function ensureTlsMaterial(dir: string): Promise<TlsMaterial> {
  const caPath = join(dir, CA_FILE);
  const [ca, cert, key] = await Promise.all([readIfPresent(caPath), readIfPresent(join(dir, CERT_FILE)), readIfPresent(join(dir, KEY_FILE))]);
  if (ca && cert && key) return { cert, key, caPath };
  await mkdir(dir, { recursive: true });
  const now = new Date();
  const tenYears = new Date(now.getTime() + 10 * 365 * 24 * 3600 * 1000);
  const notBefore = new Date(now.getTime() - 24 * 3600 * 1000);
  const caPems = await generate([{ name: 'commonName', value: 'ksmig emulate local CA' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: notBefore,
    notAfterDate: tenYears,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    ],
  });
  const serverPems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: notBefore,
    notAfterDate: tenYears,
    ca: { key: caPems.private, cert: caPems.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] },
    ],
  });
  await writeFile(join(dir, CA_KEY_FILE), caPems.private, { mode: 0o600 });
  await writeFile(join(dir, KEY_FILE), serverPems.private, { mode: 0o600 });
  await writeFile(join(dir, CERT_FILE), serverPems.cert);
  await writeFile(caPath, caPems.cert);
  return { cert: serverPems.cert, key: serverPems.private, caPath };
}

/** TLS material from user-given files (`--tls-cert`, `--tls-key`, `--tls-ca`). */
export async function loadTlsMaterial(certPath: string, keyPath: string, caPath: string): Promise<TlsMaterial> {
  const read = async (path: string, flag: string): Promise<string> => {
    const text = await readIfPresent(path);
    if (text === undefined) throw usageError(`${flag}: ${path} does not exist; expected a PEM file`);
    return text;
  };
  const [cert, key] = await Promise.all([read(certPath, '--tls-cert'), read(keyPath, '--tls-key'), read(caPath, '--tls-ca')]);
  return { cert, key, caPath };
}
