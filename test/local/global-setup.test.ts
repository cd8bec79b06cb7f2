import { describe, expect, it } from 'vitest';
import { parseTestCassandra } from '../integration/global-setup.js';

describe('KSMIG_TEST_CASSANDRA parsing', () => {
  it('reads host:port', () => {
    expect(parseTestCassandra('127.0.0.1:9042')).toEqual({ host: '127.0.0.1', port: 9042 });
    expect(parseTestCassandra(' localhost:19042 ')).toEqual({ host: 'localhost', port: 19042 });
  });
  it('refuses anything else with the expected form in the message', () => {
    for (const bad of ['127.0.0.1', ':9042', '127.0.0.1:0', '127.0.0.1:70000', 'host:port']) {
      expect(() => parseTestCassandra(bad)).toThrow(/must be host:port/);
    }
  });
});
