import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodePaths, type NodePorts } from './config.js';

/** The class the JVM runs. */
export const CASSANDRA_MAIN_CLASS = 'org.apache.cassandra.service.CassandraDaemon';

/** Java module access Cassandra 5.0 needs on Java 17 (the set in its conf/jvm17-server.options). */
const JPMS_EXPORTS = [
  'java.base/jdk.internal.misc',
  'java.management.rmi/com.sun.jmx.remote.internal.rmi',
  'java.rmi/sun.rmi.registry',
  'java.rmi/sun.rmi.server',
  'java.sql/java.sql',
  'java.base/java.lang.ref',
  'jdk.unsupported/sun.misc',
];
const JPMS_OPENS = [
  'java.base/java.lang.module',
  'java.base/jdk.internal.loader',
  'java.base/jdk.internal.ref',
  'java.base/jdk.internal.reflect',
  'java.base/jdk.internal.math',
  'java.base/jdk.internal.module',
  'java.base/jdk.internal.util.jar',
  'jdk.management/com.sun.management.internal',
  'java.base/sun.nio.ch',
  'java.base/java.io',
  'java.base/java.lang.reflect',
  'java.base/java.lang',
  'java.base/java.util',
  'java.base/java.nio',
];
/** Added only when the runtime is a full JDK (it has the jdk.attach / jdk.compiler modules). */
const JDK_ONLY_EXPORTS = ['jdk.attach/sun.tools.attach', 'jdk.compiler/com.sun.tools.javac.file'];
const JDK_ONLY_OPENS = ['jdk.compiler/com.sun.tools.javac'];

/** What the JVM command line depends on. */
export interface JvmOptions {
  /** Instance directory (conf/, data/, logs/ under it). */
  dir: string;
  /** Directory with every Cassandra jar (the Maven cache). */
  libDir: string;
  /** Name of the jamm jar inside libDir, used as `-javaagent`. */
  jammJar: string;
  ports: NodePorts;
  /** Maximum heap (-Xmx), e.g. `1g`, `512m`; the initial heap is at most 256m (see {@link initialHeap}). */
  heap: string;
  /** Whether the runtime is a full JDK (adds the attach/compiler module flags). */
  fullJdk: boolean;
}

/** The full argument list for `java` (without the executable). */
export function cassandraJvmArgs(options: JvmOptions): string[] {
  const paths = nodePaths(options.dir);
  const args = [
    `-Xms${initialHeap(options.heap)}`,
    `-Xmx${options.heap}`,
    '-Xss256k',
    '-ea',
    '-da:net.openhft...',
    '-XX:+UseThreadPriorities',
    '-XX:+HeapDumpOnOutOfMemoryError',
    '-XX:+ExitOnOutOfMemoryError',
    `-XX:HeapDumpPath=${paths.logs}`,
    '-XX:+UseTLAB',
    '-XX:+ResizeTLAB',
    '-XX:+PerfDisableSharedMem',
    '-XX:+UseG1GC',
    '-XX:+ParallelRefProcEnabled',
    '-XX:MaxTenuringThreshold=1',
    '-XX:G1HeapRegionSize=16m',
    '-XX:G1RSetUpdatingPauseTimePercent=5',
    '-XX:MaxGCPauseMillis=300',
    '-XX:InitiatingHeapOccupancyPercent=70',
    '-Djava.net.preferIPv4Stack=true',
    '-Djdk.attach.allowAttachSelf=true',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dio.netty.allocator.useCacheForAllThreads=true',
    '-Dio.netty.allocator.maxOrder=11',
  ];
  // Java 11 tolerates these too (every named package exists there), so one list serves both.
  for (const m of JPMS_EXPORTS) args.push(`--add-exports=${m}=ALL-UNNAMED`);
  for (const m of JPMS_OPENS) args.push(`--add-opens=${m}=ALL-UNNAMED`);
  if (options.fullJdk) {
    for (const m of JDK_ONLY_EXPORTS) args.push(`--add-exports=${m}=ALL-UNNAMED`);
    for (const m of JDK_ONLY_OPENS) args.push(`--add-opens=${m}=ALL-UNNAMED`);
  }
  args.push(
    `-javaagent:${join(options.libDir, options.jammJar)}`,
    `-Dcassandra.config=${pathToFileURL(join(paths.conf, 'cassandra.yaml')).href}`,
    `-Dlogback.configurationFile=${join(paths.conf, 'logback.xml')}`,
    `-Dcassandra.storagedir=${join(options.dir, 'data')}`,
    `-Dcassandra.logdir=${paths.logs}`,
    `-Dcassandra.triggers_dir=${join(options.dir, 'triggers')}`,
    // Keeps stdout open after startup (readiness is read from it).
    '-Dcassandra-foreground=yes',
    `-Dcassandra.jmx.local.port=${options.ports.jmx}`,
    // Test-node speedups: no fsync of system tables, no gossip settle wait, superuser at once.
    '-Dcassandra.unsafesystem=true',
    '-Dcassandra.skip_wait_for_gossip_to_settle=0',
    '-Dcassandra.superuser_setup_delay_ms=0',
    '-cp',
    `${paths.conf}:${join(options.libDir, '*')}`,
    CASSANDRA_MAIN_CLASS,
  );
  return args;
}

/**
 * Initial heap (-Xms) for a maximum heap: at most 256 MiB. Cassandra mlockall()s the memory it has
 * mapped at startup (it always can as root), so a full-size initial heap means faulting in and
 * pinning all of it: about a second more per start and a gigabyte of unswappable memory per node.
 */
export function initialHeap(maxHeap: string): string {
  const match = /^(\d+)([mMgG])$/.exec(maxHeap);
  if (!match) return maxHeap;
  const mib = Number(match[1]) * (match[2]?.toLowerCase() === 'g' ? 1024 : 1);
  return mib <= 256 ? maxHeap : '256m';
}
