import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cassandra from 'cassandra-driver';
import { describe, expect, it } from 'vitest';
import { KsmigError } from '../../src/shared/errors.js';
import { connectError } from '../../src/clusters/connect-error.js';
import { formatEndpoint, parseEndpoint } from '../../src/clusters/endpoints.js';
import { keyspacesClientOptions, resolveKeyspacesTarget } from '../../src/clusters/keyspaces-session.js';
import { originClientOptions, originEndpoints } from '../../src/clusters/origin-session.js';
import { KeyspacesRetryPolicy } from '../../src/clusters/retry-policy.js';
import { SigV4AuthProvider } from '../../src/clusters/sigv4-authenticator.js';
import { buildTlsOptions } from '../../src/clusters/tls-options.js';

const dir = mkdtempSync(join(tmpdir(), 'ksmig-clusters-'));
const pem = join(dir, 'ca.pem');
writeFileSync(pem, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
const notPem = join(dir, 'ca.der');
writeFileSync(notPem, Buffer.from([0x30, 0x82, 0x01]));
const staticCredentials = async () => ({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret-value-xyz' });

describe('Keyspaces client options', () => {
  it('uses the Region endpoint on 9142 with TLS verified against Node\'s roots', () => {
    const o = keyspacesClientOptions({ region: 'eu-west-1', credentials: staticCredentials });
    expect(o.contactPoints).toEqual(['cassandra.eu-west-1.amazonaws.com:9142']);
    expect(o.protocolOptions?.port).toBe(9142);
    expect(o.localDataCenter).toBe('eu-west-1');
    expect(o.sslOptions).toEqual({ rejectUnauthorized: true, servername: 'cassandra.eu-west-1.amazonaws.com' });
    expect(o.authProvider).toBeInstanceOf(SigV4AuthProvider);
    expect((o.authProvider as SigV4AuthProvider).region).toBe('eu-west-1');
    expect(o.queryOptions).toMatchObject({ consistency: cassandra.types.consistencies.localQuorum, isIdempotent: true });
    expect(o.policies?.retry).toBeInstanceOf(KeyspacesRetryPolicy);
    expect(o.pooling?.coreConnectionsPerHost?.[cassandra.types.distance.local]).toBe(3);
    expect(o.protocolOptions?.maxVersion).toBe(4);
    // The driver accepts the whole thing.
    expect(() => new cassandra.Client(o)).not.toThrow();
  });

  it('lets the endpoint and port be overridden, e.g. for an emulator', () => {
    expect(resolveKeyspacesTarget({ region: 'us-east-1', endpoint: '127.0.0.1', port: 19142 })).toEqual({
      region: 'us-east-1',
      host: '127.0.0.1',
      port: 19142,
    });
    expect(resolveKeyspacesTarget({ region: 'us-east-1', endpoint: 'localhost:9555' })).toMatchObject({ host: 'localhost', port: 9555 });
    const o = keyspacesClientOptions({ region: 'us-east-1', endpoint: '127.0.0.1', port: 19142, ca: pem, credentials: staticCredentials });
    expect(o.contactPoints).toEqual(['127.0.0.1:19142']);
    // An IP endpoint is checked against the certificate's IP SANs: no SNI name.
    expect(o.sslOptions?.servername).toBeUndefined();
    expect(o.sslOptions?.rejectUnauthorized).toBe(true);
    expect(String(o.sslOptions?.ca)).toContain('BEGIN CERTIFICATE');
  });

  it('turns verification off only when asked', () => {
    expect(keyspacesClientOptions({ region: 'us-east-1', credentials: staticCredentials, insecure: false }).sslOptions?.rejectUnauthorized).toBe(true);
    expect(keyspacesClientOptions({ region: 'us-east-1', credentials: staticCredentials, insecure: true }).sslOptions?.rejectUnauthorized).toBe(false);
  });

  it('supports service-specific credentials', () => {
    const o = keyspacesClientOptions({ region: 'us-east-1', auth: 'service-specific', username: 'alice-at-1234', password: 'svc-pass-1234' });
    expect(o.authProvider).toBeInstanceOf(cassandra.auth.PlainTextAuthProvider);
    expect(() => keyspacesClientOptions({ region: 'us-east-1', auth: 'service-specific', username: 'alice' })).toThrow(/username and a password/);
  });

  it('needs a Region', () => {
    expect(() => keyspacesClientOptions({ credentials: staticCredentials })).toThrow(KsmigError);
    try {
      resolveKeyspacesTarget({});
    } catch (e) {
      expect((e as KsmigError).exitCode).toBe(2);
    }
  });
});

describe('origin client options', () => {
  it('takes contact points with and without ports; no TLS unless configured', () => {
    const o = originClientOptions({ contactPoints: ['10.0.0.1', '10.0.0.2:9043', '[::1]:9044'], localDataCenter: 'dc1' });
    expect(o.contactPoints).toEqual(['10.0.0.1:9042', '10.0.0.2:9043', '[::1]:9044']);
    expect(o.localDataCenter).toBe('dc1');
    expect(o.sslOptions).toBeUndefined();
    expect(o.credentials).toBeUndefined();
    expect(o.queryOptions?.consistency).toBe(cassandra.types.consistencies.localQuorum);
  });

  it('adds credentials and verified TLS with CA and client certificate', () => {
    const o = originClientOptions({
      contactPoints: ['cass1.internal'],
      port: 9142,
      localDataCenter: 'dc1',
      username: 'cassandra',
      password: 'origin-secret-pw',
      tls: { ca: pem, cert: pem, key: pem },
    });
    expect(o.contactPoints).toEqual(['cass1.internal:9142']);
    expect(o.credentials).toEqual({ username: 'cassandra', password: 'origin-secret-pw' });
    expect(o.sslOptions).toMatchObject({ rejectUnauthorized: true, servername: 'cass1.internal' });
    expect(o.sslOptions?.cert).toBeInstanceOf(Buffer);
    expect(o.sslOptions?.key).toBeInstanceOf(Buffer);
  });

  it('rejects missing contact points', () => {
    expect(() => originEndpoints({ contactPoints: [] })).toThrow(/at least one contact point/);
  });
});

describe('TLS options', () => {
  it('reports unreadable or non-PEM files and half a client certificate', () => {
    expect(() => buildTlsOptions('h', { ca: join(dir, 'missing.pem') })).toThrow(/Cannot read the TLS CA certificate file .*ENOENT/);
    expect(() => buildTlsOptions('h', { ca: notPem })).toThrow(/not PEM/);
    expect(() => buildTlsOptions('h', { cert: pem })).toThrow(/both a certificate file and a key file/);
  });
});

describe('endpoints', () => {
  it('parses host, host:port, [v6]:port and bare IPv6', () => {
    expect(parseEndpoint('db1', 9042)).toEqual({ host: 'db1', port: 9042 });
    expect(parseEndpoint(' db1:9999 ', 9042)).toEqual({ host: 'db1', port: 9999 });
    expect(parseEndpoint('[fe80::1]:9000', 9042)).toEqual({ host: 'fe80::1', port: 9000 });
    expect(parseEndpoint('fe80::1', 9042)).toEqual({ host: 'fe80::1', port: 9042 });
    expect(formatEndpoint({ host: 'fe80::1', port: 9 })).toBe('[fe80::1]:9');
  });

  it('rejects malformed addresses', () => {
    expect(() => parseEndpoint('db1:70000', 9042)).toThrow(/out of range/);
    expect(() => parseEndpoint('http://db1', 9042)).toThrow(/Not a host/);
    expect(() => parseEndpoint('', 9042)).toThrow(/Not a host/);
  });
});

describe('connectError', () => {
  it('names each host tried and its cause, as a connection error (exit 3)', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:9042'), { code: 'ECONNREFUSED' });
    const driverError = new cassandra.errors.NoHostAvailableError({ '10.0.0.1:9042': refused });
    const e = connectError('origin Cassandra', ['10.0.0.1:9042'], driverError);
    expect(e).toBeInstanceOf(KsmigError);
    expect(e.code).toBe('KSMIG_CONNECT');
    expect(e.exitCode).toBe(3);
    expect(e.message).toBe('Could not connect to origin Cassandra at 10.0.0.1:9042: connect ECONNREFUSED 10.0.0.1:9042');
    expect(e.tryMessage).toMatch(/host and port/);
  });

  it('falls back to the configured endpoints when the driver names none', () => {
    const e = connectError('Amazon Keyspaces', ['nowhere.invalid:9142'], new cassandra.errors.NoHostAvailableError({}, 'No host could be resolved'));
    expect(e.message).toContain('nowhere.invalid:9142');
    expect(e.message).toContain('No host could be resolved');
  });

  it('suggests a CA file for certificate failures', () => {
    const tlsError = Object.assign(new Error('self-signed certificate in certificate chain'), { code: 'SELF_SIGNED_CERT_IN_CHAIN' });
    const e = connectError('Amazon Keyspaces', ['127.0.0.1:9142'], new cassandra.errors.NoHostAvailableError({ '127.0.0.1:9142': tlsError }));
    expect(e.tryMessage).toMatch(/target\.ca/);
  });

  it('masks registered secrets in the message, stack and cause', () => {
    // Registered by building options with this password.
    originClientOptions({ contactPoints: ['h'], localDataCenter: 'dc1', username: 'u', password: 'hunter2-origin-secret' });
    const auth = new cassandra.errors.AuthenticationError('Provided username u and/or password hunter2-origin-secret are incorrect');
    const e = connectError('origin Cassandra', ['h:9042'], new cassandra.errors.NoHostAvailableError({ 'h:9042': auth }));
    for (const text of [e.message, e.stack ?? '', String(e.cause), (e.cause as Error).stack ?? '']) {
      expect(text).not.toContain('hunter2-origin-secret');
    }
    expect(e.message).toContain('AuthenticationError');
    expect(e.tryMessage).toMatch(/username and password/);
  });
});
