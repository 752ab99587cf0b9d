import { randomUUID } from 'node:crypto';
import type { Catalogue } from '../protocol/codes/catalogue.js';
import { findField } from '../protocol/plaintext.js';
import { type PaymentCall, paymentTables } from '../protocol/reference/payments.js';
import { encodeRequest, type MerchantKeys } from '../protocol/wire.js';
import { decodeAnswer } from './answer.js';
import { type ClientConfig, type ClientConfigInput, resolveClientConfig } from './config.js';
import { PaygateError } from './errors.js';
import { PaygateHttpError } from './failures.js';
import type * as Inputs from './inputs.js';
import { buildPaymentRequest, buildRequest, type EventToken } from './request.js';
import type { PaygateResult } from './result.js';
import {
  DEFAULT_RETRY_POLICY,
  type RetryPolicy,
  realSleep,
  type Sleep,
  withRetries,
} from './retry.js';
import {
  abortable,
  fetchTransport,
  type Transport,
  type TransportRequest,
  transportFailure,
} from './transport.js';

export interface PaygateClientOptions extends Partial<ClientConfigInput> {
  /** Read for every setting not given here; defaults to `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  transport?: Transport;
  /** Give every call a fresh ReqId, so timeouts and 5xx may be retried safely. Default false. */
  autoReqId?: boolean;
  retry?: Partial<RetryPolicy>;
  sleep?: Sleep;
  /** Throw a `PaygateError` for FAILED answers (default true); false returns them as results. */
  throwOnFailure?: boolean;
  /** Reads codes with overrides, e.g. `catalogue.withOverrides(...)` from protocol/codes. */
  catalogue?: Catalogue;
  newReqId?: () => string;
}

export interface CallOptions {
  /** Idempotency key (ans..32): the gateway answers a resubmission with the first result. */
  reqId?: string;
  throwOnFailure?: boolean;
  signal?: AbortSignal;
  /**
   * false sends the fields even when they break a rule of the reference, and
   * lets the gateway's answer (a format code, as a `PaygateRequestError`)
   * decide: for probing what the gateway itself rejects. Default true.
   */
  validate?: boolean;
}

type Fields = Readonly<Record<string, string | undefined>>;

/** 32 hex characters: fits ReqId (ans..32). */
const uuidReqId = () => randomUUID().replaceAll('-', '');

/**
 * The typed client of the Real Debitorenmanagement interface. It fills
 * MerchantID, EventToken, RequestReason and MAC itself, validates before
 * sending, and verifies the answer's MAC.
 *
 * @example
 * const client = new PaygateClient({ baseUrl: 'http://127.0.0.1:8080' }); // keys from PAYGATE_*
 * const check = await client.creditCheck({ TransID: 'T-1', RequestReason: 'ZG', ... });
 * await client.createOrder({ PayID: check.payId, TransID: 'T-2', RefNr: '4711', Amount: '1000', Currency: 'EUR' });
 */
export class PaygateClient {
  readonly config: ClientConfig;
  readonly #keys: MerchantKeys;
  readonly #transport: Transport;
  readonly #retry: RetryPolicy;
  readonly #sleep: Sleep;
  readonly #autoReqId: boolean;
  readonly #throwOnFailure: boolean;
  readonly #catalogue: Catalogue | undefined;
  readonly #newReqId: () => string;

  constructor(options: PaygateClientOptions = {}) {
    const {
      env,
      transport,
      autoReqId,
      retry,
      sleep,
      throwOnFailure,
      catalogue,
      newReqId,
      ...config
    } = options;
    this.config = resolveClientConfig(config, env);
    const { merchantId, encryptionKey, hmacKey, encryption } = this.config;
    this.#keys = { merchantId, encryptionKey, hmacKey, encryption };
    this.#transport = transport ?? fetchTransport;
    this.#retry = retryPolicy(retry);
    this.#sleep = sleep ?? realSleep;
    this.#autoReqId = autoReqId ?? false;
    this.#throwOnFailure = throwOnFailure ?? true;
    this.#catalogue = catalogue;
    this.#newReqId = newReqId ?? uuidReqId;
  }

  /** BC: credit check (Bonitätsprüfung); `RequestReason` ZG, ZL, VK or VL is the caller's. */
  creditCheck(input: Inputs.CreditCheckInput, options?: CallOptions): Promise<PaygateResult> {
    return this.send('BC', input, options);
  }
  /** DC: store the debtor without a credit check (DirectChange). */
  directChange(input: Inputs.DirectChangeInput, options?: CallOptions): Promise<PaygateResult> {
    return this.send('DC', input, options);
  }
  /** OC: create the order (open position) for a PayID. */
  createOrder(input: Inputs.CreateOrderInput, options?: CallOptions): Promise<PaygateResult> {
    return this.send('OC', input, options);
  }
  /** UP RG: invoice. */
  invoice(input: Inputs.InvoiceInput, options?: CallOptions): Promise<PaygateResult> {
    return this.send('UP', { ...input, RequestReason: 'RG' }, options);
  }
  /** UP GU: credit note (Gutschrift). */
  creditNote(input: Inputs.CreditNoteInput, options?: CallOptions): Promise<PaygateResult> {
    return this.send('UP', { ...input, RequestReason: 'GU' }, options);
  }
  /** UP ZA: payment received. */
  payment(input: Inputs.PaymentInput, options?: CallOptions): Promise<PaygateResult> {
    return this.send('UP', { ...input, RequestReason: 'ZA' }, options);
  }
  /** UP MA: dunning notice (Mahnung). */
  dunning(input: Inputs.DunningInput, options?: CallOptions): Promise<PaygateResult> {
    return this.send('UP', { ...input, RequestReason: 'MA' }, options);
  }
  /** UP RM: reset the dunning status. */
  resetDunning(input: Inputs.ResetDunningInput, options?: CallOptions): Promise<PaygateResult> {
    return this.send('UP', { ...input, RequestReason: 'RM' }, options);
  }
  /** UP DF: default (Ausfall), the receivable is written off. */
  writeOff(input: Inputs.WriteOffInput, options?: CallOptions): Promise<PaygateResult> {
    return this.send('UP', { ...input, RequestReason: 'DF' }, options);
  }
  /** OS: cancel the order (Storno). */
  cancelOrder(input: Inputs.CancelOrderInput, options?: CallOptions): Promise<PaygateResult> {
    return this.send('OS', input, options);
  }

  /** direct.aspx: card authorization with card data (PCI merchants); Capture AUTO, MANUAL or hours. */
  authorizeCard(
    input: Inputs.CardAuthorizationInput,
    options?: CallOptions,
  ): Promise<PaygateResult> {
    return this.sendPayment('direct', input, options);
  }
  /** authorize.aspx: authorizes a payment created with TxType=Order (card page or PayPal). */
  authorize(input: Inputs.AuthorizeInput, options?: CallOptions): Promise<PaygateResult> {
    return this.sendPayment('authorize', input, options);
  }
  /** capture.aspx: captures (part of) what is authorized; several per authorization. */
  capture(input: Inputs.CaptureInput, options?: CallOptions): Promise<PaygateResult> {
    return this.sendPayment('capture', input, options);
  }
  /** credit.aspx: refunds on the payment's own method, up to what was captured. */
  credit(input: Inputs.CreditInput, options?: CallOptions): Promise<PaygateResult> {
    return this.sendPayment('credit', input, options);
  }
  /** reverse.aspx: reverses the payment's last step (Amount must be that step's). */
  reverse(input: Inputs.ReverseInput, options?: CallOptions): Promise<PaygateResult> {
    return this.sendPayment('reverse', input, options);
  }
  /** inquire.aspx: authorized, captured and credited amounts, and the last status. */
  inquire(input: Inputs.InquireInput, options?: CallOptions): Promise<PaygateResult> {
    return this.sendPayment('inquire', input, options);
  }

  /**
   * The address of a hosted payment page (card form or PayPal) to send the
   * customer's browser to, or to mail as a payment link. The answer comes
   * back to URLSuccess / URLFailure and URLNotify: read it with `readRedirect`.
   *
   * @example
   * const url = client.hostedPageUrl('payssl', { TransID: 'T-1', Amount: '1000', Currency: 'EUR',
   *   OrderDesc: 'Order 4711', URLSuccess: 'https://shop/ok', URLFailure: 'https://shop/failed' });
   */
  hostedPageUrl(
    page: 'payssl' | 'paypal',
    input: Inputs.HostedPageInput,
    options: { readonly validate?: boolean; readonly language?: string } = {},
  ): string {
    const fields = buildPaymentRequest(page, input, { ...this.#keys, validate: options.validate });
    const query = new URLSearchParams(encodeRequest(fields, this.#keys));
    if (options.language) query.set('Language', options.language);
    return `${this.config.baseUrl}${paymentTables[page].path}?${query.toString()}`;
  }

  /**
   * Reads what arrives at URLSuccess, URLFailure or URLNotify: the query
   * string or form body (`MID`, `Len`, `Data`), decrypted, MAC checked.
   * Throws PaygateError for a forged or garbled answer, never for a FAILED one.
   */
  readRedirect(
    queryOrBody: string | URLSearchParams | Readonly<Record<string, string>>,
  ): PaygateResult {
    const params = new URLSearchParams(
      typeof queryOrBody === 'string'
        ? queryOrBody.replace(/^[^?]*\?/, '')
        : (queryOrBody as Record<string, string>),
    );
    const outer: Record<string, string> = {};
    for (const [name, value] of params) outer[name] = value;
    return decodeAnswer(new URLSearchParams(outer).toString(), this.#keys, this.#catalogue);
  }

  /** A payment call by name with untyped fields; the typed methods use it. */
  async sendPayment(
    call: Exclude<PaymentCall, 'payssl' | 'paypal'>,
    input: Fields,
    options: CallOptions = {},
  ): Promise<PaygateResult> {
    const reqId = this.#reqIdFor(input, options);
    const fields = buildPaymentRequest(call, input, {
      ...this.#keys,
      reqId,
      validate: options.validate,
    });
    return this.#exchange(paymentTables[call].path, fields, reqId, options);
  }

  /** Any call by EventToken with untyped fields (names in any case); the typed methods use it. */
  async send(
    eventToken: EventToken,
    input: Fields,
    options: CallOptions = {},
  ): Promise<PaygateResult> {
    const reqId = this.#reqIdFor(input, options);
    const envelope = { ...this.#keys, eventToken, reqId, validate: options.validate };
    const fields = buildRequest(input, envelope);
    return this.#exchange('/debtor.aspx', fields, reqId, options);
  }

  #reqIdFor(input: Fields, options: CallOptions): string | undefined {
    // An empty ReqId counts as absent, for the gateway and for the retry decision.
    const givenReqId = options.reqId || findField(input, 'ReqId') || undefined;
    return givenReqId ?? (this.#autoReqId ? this.#newReqId() : undefined);
  }

  /** Encrypts, posts (retrying only with a ReqId), decodes, and throws on FAILED when asked to. */
  async #exchange(
    path: string,
    fields: Record<string, string>,
    reqId: string | undefined,
    options: CallOptions,
  ): Promise<PaygateResult> {
    const body = new URLSearchParams(encodeRequest(fields, this.#keys)).toString();
    const responseBody = await withRetries(() => this.#post(path, body, options.signal), {
      policy: this.#retry,
      retryAllowed: reqId !== undefined,
      sleep: this.#sleep,
    });
    const result = decodeAnswer(responseBody, this.#keys, this.#catalogue);
    if (result.status === 'FAILED' && (options.throwOnFailure ?? this.#throwOnFailure)) {
      throw PaygateError.fromAnswer(result);
    }
    return result;
  }

  /** One HTTP exchange: a 2xx body, or a typed transport error. */
  async #post(path: string, body: string, callerSignal: AbortSignal | undefined): Promise<string> {
    const timeout = AbortSignal.timeout(this.config.timeoutMs);
    const signal = callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;
    const request: TransportRequest = {
      url: `${this.config.baseUrl}${path}`,
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      signal,
    };
    let response: Awaited<ReturnType<Transport>>;
    try {
      response = await abortable(this.#transport(request), signal);
    } catch (error) {
      throw transportFailure(error, callerSignal, request.url);
    }
    if (response.status < 200 || response.status > 299) {
      throw new PaygateHttpError(response.status, response.body);
    }
    return response.body;
  }
}

function retryPolicy(given: Partial<RetryPolicy> = {}): RetryPolicy {
  return {
    maxAttempts: given.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts,
    baseDelayMs: given.baseDelayMs ?? DEFAULT_RETRY_POLICY.baseDelayMs,
    maxDelayMs: given.maxDelayMs ?? DEFAULT_RETRY_POLICY.maxDelayMs,
  };
}
