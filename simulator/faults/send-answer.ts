import type { ServerResponse } from 'node:http';
import type { AnswerFault, WireFailure } from './answer-fault.js';
import type { HeldCalls } from './held-calls.js';
import { errorPage } from './http-page.js';

/**
 * Sends an answer body the Paygate way (HTTP 200, text/plain), after the
 * fault's delay, or does what the fault says instead: hang and close,
 * reset the connection, or answer an HTTP error page.
 */
export function sendAnswer(
  held: HeldCalls,
  res: ServerResponse,
  body: string,
  fault: AnswerFault | undefined,
): void {
  const send = () => deliver(held, res, body, fault?.failure);
  if (fault && fault.delayMs > 0) held.hold(res, fault.delayMs, send);
  else send();
}

function deliver(
  held: HeldCalls,
  res: ServerResponse,
  body: string,
  failure: WireFailure | undefined,
): void {
  switch (failure?.kind) {
    case 'timeout':
      // No answer at all: the socket stays open until hangMs, then closes silently.
      held.hold(res, failure.hangMs, () => res.socket?.destroy());
      return;
    case 'reset':
      resetConnection(res);
      return;
    case 'http':
      write(
        res,
        failure.status,
        failure.body === undefined ? 'text/html' : 'text/plain',
        failure.body ?? errorPage(failure.status),
      );
      return;
    default:
      write(res, 200, 'text/plain', body);
  }
}

function write(res: ServerResponse, status: number, type: string, body: string): void {
  res
    .writeHead(status, {
      'Content-Type': `${type}; charset=utf-8`,
      'Content-Length': Buffer.byteLength(body),
    })
    .end(body);
}

/** A TCP reset (RST) where the platform allows it, else a plain close: either way no answer. */
function resetConnection(res: ServerResponse): void {
  const socket = res.socket;
  if (!socket) return;
  if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket.destroy();
}
