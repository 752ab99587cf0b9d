import type { IncomingMessage, ServerResponse } from 'node:http';
import { pathOf, queryOf, readPlainForm } from '../decode/form.js';
import { encodeAnswer } from '../encode/answer.js';
import { type CallOutcome, plainFailure } from '../encode/outcome.js';
import { plainEcho } from '../encode/plain-echo.js';
import { faultyAnswer } from '../faults/faulty-answer.js';
import { sendAnswer } from '../faults/send-answer.js';
import type { CallInterface } from '../interfaces/call-interface.js';
import { serverInterfaceOfPath } from '../interfaces/server-paths.js';
import { recordCall } from '../journal/record-call.js';
import type { SimulatorParts } from '../parts.js';
import { answerCall } from '../pipeline.js';

/**
 * The server-to-server Paygate paths (`/debtor.aspx`, `/capture.aspx`, ...) on
 * plain `node:http`: Express and body-parser cost about
 * 100 µs per request here, more than decrypting and validating a call
 * (decision 009), so the hot path does without them. The same function
 * serves behind `listen` (before Express) and inside the Express app (its
 * first middleware, for supertest), so tests and production share it.
 *
 * @returns false when the request is not a Paygate call (Express takes it).
 */
export function servePaygate(
  parts: SimulatorParts,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  const callInterface = serverInterfaceOfPath(pathOf(req.url ?? '/'));
  if (callInterface === undefined) return false;
  switch (req.method) {
    case 'HEAD':
      // A monitor checking the URL must not book a call whose answer nobody reads.
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' }).end();
      return true;
    case 'GET':
      answer(parts, callInterface, req, res, undefined);
      return true;
    case 'POST':
      readBody(parts, callInterface, req, res);
      return true;
    default:
      return false;
  }
}

/**
 * The body, read raw whatever its Content-Type (some clients send none); a
 * body above the limit or in a content encoding is answered like any bad
 * input: a plain FAILED answer, never a 413 or 415.
 */
function readBody(
  parts: SimulatorParts,
  callInterface: CallInterface,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const limit = parts.config.bodyLimitBytes;
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  const declared = Number(req.headers['content-length'] ?? 0);
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = declared > limit;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > limit) tooLarge = true;
    if (!tooLarge) chunks.push(chunk);
  });
  req.once('end', () => {
    if (tooLarge) return fail(parts, req, res, plainFailure('transport.body-too-large'));
    if (encoding !== 'identity') {
      return fail(parts, req, res, plainFailure('validation.invalid', 'Request body unreadable'));
    }
    answer(parts, callInterface, req, res, Buffer.concat(chunks, size));
  });
  // A client that goes away leaves nobody to answer.
  req.once('error', () => res.destroy());
}

/** Pipeline, then the one encoding step, then replay memory, journal and log; always HTTP 200. */
function answer(
  parts: SimulatorParts,
  callInterface: CallInterface,
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer | undefined,
): void {
  const started = performance.now();
  const unexpected = (error: unknown) => {
    // A simulator bug (or a store gone away) must still answer the Paygate way, and show in the log.
    parts.logger.error('unexpected error', { path: pathOf(req.url ?? '/'), error: String(error) });
    fail(parts, req, res, plainFailure('internal.error'));
  };
  try {
    const form = readPlainForm(queryOf(req.url ?? ''), body);
    // One transaction per call: its effects and its ReqId answer are stored
    // together, before the answer leaves (a persistent store's promise).
    const done = parts.store.atomically(() => {
      const result = answerCall(parts, form, callInterface);
      // A scenario's fault (decision 008) may alter the answer, delay it or send none.
      const fault = result.scenario?.fault;
      const encoded = fault
        ? faultyAnswer(result.outcome, fault.failure, parts.catalogue)
        : encodeAnswer(result.outcome, parts.catalogue);
      if (result.rememberFor)
        parts.replay.remember(result.rememberFor.merchantId, result.rememberFor.fields, encoded);
      return { result, encoded, fault };
    });
    const send = ({ result, encoded, fault }: Awaited<typeof done>) => {
      recordCall(parts, {
        req: callOf(req),
        form,
        result,
        answer: encoded,
        durationMs: performance.now() - started,
      });
      sendAnswer(parts.held, res, encoded.body + plainEcho(form, result.request), fault);
    };
    // A shared store (PostgreSQL) commits asynchronously; the others at once.
    if (done instanceof Promise) done.then(send).catch(unexpected);
    else send(done);
  } catch (error) {
    unexpected(error);
  }
}

/** An early failure: journaled, then answered plain with HTTP 200. */
function fail(
  parts: SimulatorParts,
  req: IncomingMessage,
  res: ServerResponse,
  outcome: CallOutcome,
): void {
  const encoded = encodeAnswer(outcome, parts.catalogue);
  recordCall(parts, {
    req: callOf(req),
    form: {},
    result: { outcome },
    answer: encoded,
    durationMs: 0,
  });
  sendAnswer(parts.held, res, encoded.body, undefined);
}

function callOf(req: IncomingMessage): { method: string; path: string } {
  return { method: req.method ?? 'GET', path: pathOf(req.url ?? '/') };
}
