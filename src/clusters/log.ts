/** Debug logging for cluster connections. Everything passed on is redacted first. */
import type cassandra from 'cassandra-driver';
import { redact } from '../shared/redact.js';

/** A log sink for connection events; messages arrive already redacted. */
export type ClusterLog = (level: 'debug' | 'info' | 'warning' | 'error', message: string) => void;

/** Sends the driver's own log events to `log`, redacted. */
export function forwardDriverLog(client: cassandra.Client, log: ClusterLog | undefined): void {
  if (!log) return;
  client.on('log', (level: string, className: string, message: string) => {
    const mapped = level === 'error' ? 'error' : level === 'warning' ? 'warning' : level === 'info' ? 'info' : 'debug';
    log(mapped, redact(`${className}: ${message}`));
  });
}
