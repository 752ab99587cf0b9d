import { PaygateError } from './errors.js';
import { PaygateConnectionError, PaygateTimeoutError } from './failures.js';

export interface TransportRequest {
  readonly url: string;
  /** Always POST from this client; a transport forwards it as it is (the contract bridges do). */
  readonly method: 'POST';
  /** `MerchantID=..&Len=..&Data=..`, form-encoded. */
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Aborts on the client timeout or when the caller's signal aborts. */
  readonly signal: AbortSignal;
}

export interface TransportResponse {
  readonly status: number;
  readonly body: string;
}

/**
 * Sends one HTTP request. Swap it in tests or to add a proxy; it may throw
 * anything, the client maps the failure to a typed error.
 */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/** The default transport: Node's global `fetch`. */
export const fetchTransport: Transport = async (request) => {
  const response = await fetch(request.url, {
    method: request.method,
    body: request.body,
    headers: request.headers,
    signal: request.signal,
  });
  return { status: response.status, body: await response.text() };
};

/** A base URL on this machine: a refused connection there is a simulator that is not running. */
const LOCAL_URL = /^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//i;

const timeoutCodes = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT']);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  // fetch wraps the socket error: TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })
  return typeof code === 'string' ? code : errorCode(cause);
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}

/**
 * Maps whatever a transport threw to a typed error. An abort requested by the
 * caller is rethrown as it is: it is neither a timeout nor worth a retry.
 */
export function transportFailure(
  error: unknown,
  callerSignal: AbortSignal | undefined,
  url?: string,
): unknown {
  if (error instanceof PaygateError) return error;
  if (callerSignal?.aborted) return callerSignal.reason ?? error;
  const name = error instanceof Error ? error.name : '';
  const code = errorCode(error);
  if (name === 'TimeoutError' || (code !== undefined && timeoutCodes.has(code))) {
    return new PaygateTimeoutError('No answer from the Paygate within the timeout', {
      cause: error,
    });
  }
  const detail = code ?? describe(error);
  const where = url ? ` at ${url}` : '';
  const hint = LOCAL_URL.test(url ?? '')
    ? '; is the simulator running? Start it with npm start (or npx paygate-sim), or point PAYGATE_BASE_URL elsewhere'
    : '; check PAYGATE_BASE_URL';
  return new PaygateConnectionError(
    `Connection to the Paygate${where} failed: ${detail}${code === 'ECONNREFUSED' || code === 'ENOTFOUND' ? hint : ''}`,
    { cause: error },
  );
}

/** Settles with the signal's reason on abort, even if a custom transport ignores the signal. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
