import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { SimulatorParts } from '../parts.js';
import { encodeAnswer } from './answer.js';
import { plainFailure } from './outcome.js';

/**
 * Node's HTTP parser rejects some requests before Express sees them (a query
 * string beyond the header limit, a malformed request line) and would answer
 * with an empty 400/431. Live clients read Status and Code, so those get a
 * plain FAILED answer in the Paygate's format too, then the socket closes.
 */
export function answerParserFailures(server: Server, parts: SimulatorParts): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const outcome = tooLarge
      ? plainFailure('transport.body-too-large')
      : plainFailure('validation.invalid', 'Request unreadable');
    const body = encodeAnswer(outcome, parts.catalogue).body;
    socket.end(
      [
        'HTTP/1.1 200 OK',
        'Content-Type: text/plain; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  });
}
