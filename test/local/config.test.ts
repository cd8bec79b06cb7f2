import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderCassandraYaml, renderLogbackXml } from '../../src/local/config.js';
import { cassandraJvmArgs, CASSANDRA_MAIN_CLASS, initialHeap } from '../../src/local/jvm.js';

const ports = { native: 19042, storage: 17000, sslStorage: 17001, jmx: 17199 };

describe('renderCassandraYaml', () => {
  const yaml = parse(renderCassandraYaml({ dir: '/tmp/ks node', ports, auth: false })) as Record<string, unknown>;

  it('binds every port on loopback', () => {
    expect(yaml).toMatchObject({
      listen_address: '127.0.0.1',
      rpc_address: '127.0.0.1',
      native_transport_port: 19042,
      storage_port: 17000,
      ssl_storage_port: 17001,
      start_native_transport: true,
    });
    expect(yaml.seed_provider).toEqual([
      { class_name: 'org.apache.cassandra.locator.SimpleSeedProvider', parameters: [{ seeds: '127.0.0.1:17000' }] },
    ]);
  });

  it('keeps state under the instance dir, even with spaces in the path', () => {
    expect(yaml.data_file_directories).toEqual(['/tmp/ks node/data/data']);
    expect(yaml.commitlog_directory).toBe('/tmp/ks node/data/commitlog');
    expect(yaml.hints_directory).toBe('/tmp/ks node/data/hints');
    expect(yaml.saved_caches_directory).toBe('/tmp/ks node/data/saved_caches');
    expect(yaml.cdc_raw_directory).toBe('/tmp/ks node/data/cdc_raw');
  });

  it('uses the test-node settings (16 vnodes, no mmap, no snapshots, every feature on)', () => {
    expect(yaml).toMatchObject({
      num_tokens: 16,
      partitioner: 'org.apache.cassandra.dht.Murmur3Partitioner',
      endpoint_snitch: 'SimpleSnitch',
      disk_access_mode: 'standard',
      memtable_allocation_type: 'heap_buffers',
      auto_snapshot: false,
      user_defined_functions_enabled: true,
      materialized_views_enabled: true,
      sasi_indexes_enabled: true,
      authenticator: 'AllowAllAuthenticator',
    });
  });

  it('uses 5.0 key names only (no *_in_ms / *_in_mb / enable_* legacy keys)', () => {
    for (const key of Object.keys(yaml)) {
      expect(key).not.toMatch(/_in_(ms|mb|kb)$|^enable_|^start_rpc$|^rpc_port$/);
    }
  });

  it('switches on PasswordAuthenticator with the role manager and authorizer it needs', () => {
    const withAuth = parse(renderCassandraYaml({ dir: '/d', ports, auth: true })) as Record<string, unknown>;
    expect(withAuth).toMatchObject({
      authenticator: 'PasswordAuthenticator',
      authorizer: 'CassandraAuthorizer',
      role_manager: 'CassandraRoleManager',
    });
  });
});

describe('renderLogbackXml', () => {
  it('logs INFO to the console only', () => {
    const xml = renderLogbackXml();
    expect(xml).toContain('class="ch.qos.logback.core.ConsoleAppender"');
    expect(xml).toContain('<root level="INFO">');
    expect(xml).not.toContain('FileAppender');
  });
});

describe('cassandraJvmArgs', () => {
  const base = { dir: '/srv/node', libDir: '/cache/lib', jammJar: 'jamm-0.4.0.jar', ports, heap: '768m' };

  it('sets heap, jamm agent, config URL, dirs and JMX, and ends with the classpath and main class', () => {
    const args = cassandraJvmArgs({ ...base, fullJdk: true });
    expect(args).toEqual(expect.arrayContaining([
      '-Xms256m',
      '-Xmx768m',
      '-javaagent:/cache/lib/jamm-0.4.0.jar',
      '-Dcassandra.config=file:///srv/node/conf/cassandra.yaml',
      '-Dlogback.configurationFile=/srv/node/conf/logback.xml',
      '-Dcassandra.storagedir=/srv/node/data',
      '-Dcassandra.logdir=/srv/node/logs',
      '-Dcassandra-foreground=yes',
      '-Dcassandra.jmx.local.port=17199',
      '-Dcassandra.unsafesystem=true',
      '-Dcassandra.superuser_setup_delay_ms=0',
      '-Dcassandra.skip_wait_for_gossip_to_settle=0',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED',
    ]));
    expect(args.slice(-3)).toEqual(['-cp', '/srv/node/conf:/cache/lib/*', CASSANDRA_MAIN_CLASS]);
  });

  it('starts with at most 256m of heap (mlockall pins what is mapped at startup)', () => {
    expect(initialHeap('1g')).toBe('256m');
    expect(initialHeap('4G')).toBe('256m');
    expect(initialHeap('200m')).toBe('200m');
    expect(initialHeap('256m')).toBe('256m');
    expect(cassandraJvmArgs({ ...base, heap: '128m', fullJdk: true }).filter((a) => a.startsWith('-Xm'))).toEqual(['-Xms128m', '-Xmx128m']);
  });

  it('adds the attach/compiler module flags only for a full JDK', () => {
    const jdk = cassandraJvmArgs({ ...base, fullJdk: true });
    const jre = cassandraJvmArgs({ ...base, fullJdk: false });
    expect(jdk).toContain('--add-exports=jdk.attach/sun.tools.attach=ALL-UNNAMED');
    expect(jdk).toContain('--add-opens=jdk.compiler/com.sun.tools.javac=ALL-UNNAMED');
    expect(jre.filter((a) => a.startsWith('--add-') && (a.includes('jdk.attach') || a.includes('jdk.compiler')))).toEqual([]);
  });
});
