import type { ValidationFailure } from '../protocol/validate.js';
import { PaygateError } from './errors.js';

/** Local validation failed with the simulator's rules: nothing was sent. */
export class PaygateValidationError extends PaygateError {
  readonly type = 'PaygateValidationError';
  readonly failures: readonly ValidationFailure[];
  constructor(failures: readonly ValidationFailure[]) {
    // Names and kinds only: a failure's value may be personal data.
    const list = failures.map((f) => `${f.parameter} (${f.kind})`).join(', ');
    super(`Request not sent, ${failures.length} invalid parameter(s): ${list}`, {
      parameter: failures[0]?.parameter,
    });
    this.failures = failures;
  }
}

/** The client configuration (options or environment) is incomplete or invalid. */
export class PaygateConfigError extends PaygateError {
  readonly type = 'PaygateConfigError';
}

/** No answer within the timeout. Retried only when the request carries a ReqId. */
export class PaygateTimeoutError extends PaygateError {
  readonly type = 'PaygateTimeoutError';
}

/** The connection failed (refused, reset, DNS). Retried only when the request carries a ReqId. */
export class PaygateConnectionError extends PaygateError {
  readonly type = 'PaygateConnectionError';
}

/** The gateway answered with an HTTP status other than 2xx; 5xx is retried only with a ReqId. */
export class PaygateHttpError extends PaygateError {
  readonly type = 'PaygateHttpError';
  readonly httpStatus: number;
  readonly body: string;
  constructor(httpStatus: number, body: string) {
    super(`Paygate answered HTTP ${httpStatus}`);
    this.httpStatus = httpStatus;
    this.body = body;
  }
}

/**
 * A FAILED answer the gateway sent unencrypted, because it failed before it
 * could encrypt (typically: unknown MerchantID). It is not authenticated, so
 * it is always thrown, even with `throwOnFailure: false`.
 */
export class PaygateUnencryptedFailure extends PaygateError {
  readonly type = 'PaygateUnencryptedFailure';
  readonly description: string;
  readonly raw: Readonly<Record<string, string>>;
  constructor(raw: Readonly<Record<string, string>>, status: string, description: string) {
    super(
      `Paygate answered ${status} unencrypted: ${description || '(no description)'}. An unencrypted answer means the gateway could not read the request at all: check PAYGATE_MERCHANT_ID and the encryption key (PAYGATE_BLOWFISH_KEY, or PAYGATE_AES_KEY with PAYGATE_ENCRYPTION=aes)`,
      { status },
    );
    this.description = description;
    this.raw = raw;
  }
}

/** The answer could not be decrypted or parsed (wrong key, wrong encryption, not a Paygate answer). */
export class PaygateGarbledResponseError extends PaygateError {
  readonly type = 'PaygateGarbledResponseError';
}

/** The answer carries a MAC that does not match: it was not sent by the gateway, or was altered. */
export class PaygateMacError extends PaygateError {
  readonly type = 'PaygateMacError';
}
