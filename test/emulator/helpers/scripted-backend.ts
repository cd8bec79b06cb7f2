// A scripted CQL backend peer for emulator unit tests: it answers OPTIONS with SUPPORTED and hands
// every other request frame to the test's handler, so a test can play a Cassandra node that sends
// what a real single node never would (topology events, authentication challenges, …).
import { createServer, type Server, type Socket } from 'node:net';
import { Opcode } from '../../../src/emulator/protocol/constants.js';
import { encodeFrame, FrameDecoder, responseFrame, type Frame } from '../../../src/emulator/protocol/frame.js';
import { encodeSupported } from '../../../src/emulator/protocol/messages.js';

/** A listening scripted backend on 127.0.0.1. */
export interface ScriptedBackend {
  port: number;
  close(): Promise<void>;
}

/** Starts a scripted backend; `onRequest` answers each request frame except OPTIONS on `socket`. */
export async function startScriptedBackend(onRequest: (frame: Frame, socket: Socket) => void): Promise<ScriptedBackend> {
  const server: Server = createServer((socket) => {
    const decoder = new FrameDecoder({ expect: 'request' });
    socket.on('data', (chunk: Buffer) => {
      for (const f of decoder.push(chunk)) {
        if (f.opcode === Opcode.Options) socket.write(encodeFrame(responseFrame(f.stream, Opcode.Supported, encodeSupported(new Map()))));
        else onRequest(f, socket);
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
