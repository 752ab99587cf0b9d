import { isParameterCategory, type ModuleCategory } from './code-info.js';
import type { PaygateResult } from './result.js';

/** Stable names of every error the client throws; switch on `error.type`, not on messages. */
export type PaygateErrorType =
  | 'PaygateDeclinedError'
  | 'PaygateRequestError'
  | 'PaygateAuthenticationError'
  | 'PaygateApiError'
  | 'PaygateUnencryptedFailure'
  | 'PaygateValidationError'
  | 'PaygateConfigError'
  | 'PaygateTimeoutError'
  | 'PaygateConnectionError'
  | 'PaygateHttpError'
  | 'PaygateGarbledResponseError'
  | 'PaygateMacError';

export interface PaygateErrorDetails {
  code?: string | undefined;
  status?: string | undefined;
  category?: ModuleCategory | undefined;
  parameter?: string | undefined;
  result?: PaygateResult | undefined;
  cause?: unknown;
}

/**
 * The root of every error of the client. Answers of the gateway carry their
 * `code` (8 digits), `status`, `category` and the `parameter` the code names.
 */
export abstract class PaygateError extends Error {
  abstract readonly type: PaygateErrorType;
  readonly code: string | undefined;
  readonly status: string | undefined;
  readonly category: ModuleCategory | undefined;
  readonly parameter: string | undefined;
  /** The decoded FAILED answer, when the error comes from one. */
  readonly result: PaygateResult | undefined;

  constructor(message: string, details: PaygateErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.code = details.code;
    this.status = details.status;
    this.category = details.category;
    this.parameter = details.parameter;
    this.result = details.result;
  }

  /**
   * The one place where a FAILED answer becomes an error class, chosen by the
   * MMM digits of its code.
   * @example
   * PaygateError.fromAnswer(toResult({ Status: 'FAILED', Code: '21000068', ... }))
   * // -> PaygateDeclinedError { code: '21000068', category: 'module-specific' }
   */
  static fromAnswer(result: PaygateResult): PaygateAnswerError {
    const category = result.codeInfo?.category;
    if (category === 'module-specific') return new PaygateDeclinedError(result);
    if (category === 'crypto') return new PaygateAuthenticationError(result);
    if (category !== undefined && isParameterCategory(category)) {
      return new PaygateRequestError(result);
    }
    return new PaygateApiError(result);
  }
}

function answerMessage(result: PaygateResult): string {
  const text = result.codeInfo?.en ?? result.description ?? '';
  const parameter = result.codeInfo?.parameter ? ` [${result.codeInfo.parameter}]` : '';
  return `Paygate answered ${result.status || 'without status'} with code ${result.code || '(none)'}${parameter}: ${text}`;
}

/** An authenticated answer of the gateway with Status FAILED. */
export abstract class PaygateAnswerError extends PaygateError {
  declare readonly result: PaygateResult;
  constructor(result: PaygateResult) {
    super(answerMessage(result), {
      code: result.code,
      status: result.status,
      category: result.codeInfo?.category,
      parameter: result.codeInfo?.parameter,
      result,
    });
  }
}

/** Refused by the business side (code module 100-FFF, e.g. Real Solution declined a credit check). */
export class PaygateDeclinedError extends PaygateAnswerError {
  readonly type = 'PaygateDeclinedError';
}

/** The gateway rejected a parameter (code module 010-019: missing, format, too-long...; `parameter` names it). */
export class PaygateRequestError extends PaygateAnswerError {
  readonly type = 'PaygateRequestError';
}

/** The gateway could not decrypt or authenticate the request (code module 001): check keys. */
export class PaygateAuthenticationError extends PaygateAnswerError {
  readonly type = 'PaygateAuthenticationError';
}

/** Any other FAILED answer (internal module 020-0FF, or a code that does not parse). */
export class PaygateApiError extends PaygateAnswerError {
  readonly type = 'PaygateApiError';
}
