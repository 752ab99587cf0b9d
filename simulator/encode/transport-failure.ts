import type { ErrorRequestHandler } from 'express';
import { recordCall } from '../journal/record-call.js';
import type { SimulatorParts } from '../parts.js';
import { encodeAnswer } from './answer.js';
import { type PlainOutcome, plainFailure } from './outcome.js';

/** What body-parser (and Node) put on the errors it raises. */
interface HttpishError {
  readonly type?: string;
  readonly status?: number;
  readonly expose?: boolean;
  readonly message?: string;
}

/**
 * The last word on every error Express sees. On the wire it is a plain
 * FAILED answer with HTTP 200 like any other Paygate answer, never a 5xx:
 * clients read Status and Code, not the HTTP status. Under `/__sim/` it is
 * JSON: 4xx for what the caller sent, 500 only for a simulator bug.
 */
export function transportFailureHandler(parts: SimulatorParts): ErrorRequestHandler {
  return (error: HttpishError, req, res, _next) => {
    if (res.headersSent) return;
    const clientError =
      typeof error.status === 'number' && error.status >= 400 && error.status < 500;
    if (!clientError) {
      parts.logger.error('unexpected error', {
        path: req.path,
        error: String(error.message ?? error),
      });
    }
    if (req.path.startsWith('/__sim')) {
      const status = clientError ? (error.status as number) : 500;
      const notJson = error.type === 'entity.parse.failed';
      res.status(status).json({
        error: error.type ?? (clientError ? 'bad-request' : 'internal'),
        message: !clientError
          ? 'internal error'
          : notJson
            ? `admin calls take a JSON body; this one is not JSON (${error.message})`
            : error.message,
      });
      return;
    }
    const outcome = wireFailure(clientError);
    const answer = encodeAnswer(outcome, parts.catalogue);
    recordCall(parts, {
      req: { method: req.method, path: req.path },
      form: {},
      result: { outcome },
      answer,
      durationMs: 0,
    });
    res.status(200).type('text/plain').send(answer.body);
  };
}

// Outside /__sim Express parses no body since /debtor.aspx went to
// http/debtor-route.ts (which answers a too-large body itself).
function wireFailure(clientError: boolean): PlainOutcome {
  if (clientError) return plainFailure('validation.invalid', 'Request body unreadable');
  return plainFailure('internal.error');
}
