// The public API of the client. Everything else in client/ is internal.
export type { CodeInfo, ModuleCategory } from './code-info.js';
export { describeCode } from './code-info.js';
export {
  type ClientConfig,
  type ClientConfigInput,
  clientConfigFromEnv,
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  resolveClientConfig,
} from './config.js';
export {
  PaygateAnswerError,
  PaygateApiError,
  PaygateAuthenticationError,
  PaygateDeclinedError,
  PaygateError,
  type PaygateErrorType,
  PaygateRequestError,
} from './errors.js';
export {
  PaygateConfigError,
  PaygateConnectionError,
  PaygateGarbledResponseError,
  PaygateHttpError,
  PaygateMacError,
  PaygateTimeoutError,
  PaygateUnencryptedFailure,
  PaygateValidationError,
} from './failures.js';
export type * from './inputs.js';
export { type CallOptions, PaygateClient, type PaygateClientOptions } from './paygate-client.js';
export type { EventToken } from './request.js';
export { type PaygateResult, type StorableResult, toResult, toStorable } from './result.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy, type Sleep } from './retry.js';
export {
  fetchTransport,
  type Transport,
  type TransportRequest,
  type TransportResponse,
} from './transport.js';
