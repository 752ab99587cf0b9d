import type { Express } from 'express';
import request from 'supertest';
import { cipherFor } from '../../protocol/crypto/select.js';
import { requestMac } from '../../protocol/mac.js';
import { writePlaintext } from '../../protocol/plaintext.js';
import {
  type DecodedResponse,
  decodeResponseBody,
  encodeRequest,
  type MerchantKeys,
} from '../../protocol/wire.js';

type Fields = Readonly<Record<string, string | undefined>>;

/** An answer as a live client sees it: HTTP status, raw body, and the body decoded with its keys. */
export interface WireAnswer {
  readonly httpStatus: number;
  readonly body: string;
  readonly decoded: DecodedResponse;
  /** The decoded fields (empty when the body could not be read). */
  readonly fields: Readonly<Record<string, string>>;
  /**
   * The answer's code: Code of an encrypted answer; for a plain one (whose
   * body carries no Code, as live) the code the simulator journaled.
   */
  readonly code: string | undefined;
}

export interface SendOptions {
  readonly method?: 'POST' | 'GET';
  /** The Paygate path; `/debtor.aspx` unless a payment call is meant. */
  readonly path?: string;
  /** Send Data in lower-case hex, as some clients do. */
  readonly lowerCaseHex?: boolean;
  /** Name the plain fields `merchantid`, `len`, `data`. */
  readonly lowerCaseEnvelope?: boolean;
  /** Plain fields sent beside the envelope (the Paygate ignores them). */
  readonly extra?: Readonly<Record<string, string>>;
}

/** Encrypts `fields` exactly like a live client: MerchantID and MAC added, then the merchant's cipher. */
export function encryptRequest(fields: Fields, keys: MerchantKeys): Record<string, string> {
  return encodeRequest(fields, keys);
}

/**
 * Encrypts a hand-written plaintext (for broken requests a real client
 * would not build: wrong MAC, other MerchantID inside, odd name case).
 */
export function encryptPlaintext(plaintext: string, keys: MerchantKeys): Record<string, string> {
  const { data, len } = cipherFor(keys.encryption, keys.encryptionKey).encrypt(plaintext);
  return { MerchantID: keys.merchantId, Len: String(len), Data: data };
}

/**
 * Plaintext with the MAC a client would compute over these fields, written
 * last as `macName`; other names are written as given, any MAC among them dropped.
 */
export function plaintextWithMac(
  given: Readonly<Record<string, string>>,
  keys: MerchantKeys,
  macName = 'MAC',
): string {
  const fields = Object.fromEntries(
    Object.entries(given).filter(([k]) => k.toLowerCase() !== 'mac'),
  );
  const lower = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.toLowerCase(), v]));
  const mac = requestMac(
    {
      PayID: lower.payid,
      TransID: lower.transid,
      MerchantID: lower.merchantid,
      Amount: lower.amount,
      Currency: lower.currency,
    },
    keys.hmacKey,
  );
  return writePlaintext({ ...fields, [macName]: mac });
}

/** Sends an already built envelope (to `/debtor.aspx` by default) and decodes the answer with `keys`. */
export async function sendEnvelope(
  app: Express,
  envelope: Readonly<Record<string, string>>,
  keys: MerchantKeys,
  options: SendOptions = {},
): Promise<WireAnswer> {
  let form: Record<string, string> = { ...envelope };
  if (options.lowerCaseHex && form.Data) form.Data = form.Data.toLowerCase();
  if (options.lowerCaseEnvelope)
    form = Object.fromEntries(Object.entries(form).map(([k, v]) => [k.toLowerCase(), v]));
  form = { ...form, ...options.extra };
  const path = options.path ?? '/debtor.aspx';
  const response =
    options.method === 'GET'
      ? await request(app).get(path).query(form)
      : await request(app).post(path).type('form').send(form);
  const answer = answerOf(response.status, response.text, keys);
  return answer.decoded.kind === 'plain' ? { ...answer, code: await journaledCode(app) } : answer;
}

/** The code of the newest journal entry: what a plain answer's body leaves out. */
export async function journaledCode(app: Express): Promise<string | undefined> {
  const journal = await request(app).get('/__sim/journal');
  const entries = journal.body.entries as { code?: string }[];
  return entries.at(-1)?.code;
}

/** Encrypts and sends a call like a live client. */
export function sendCall(
  app: Express,
  fields: Fields,
  keys: MerchantKeys,
  options: SendOptions = {},
): Promise<WireAnswer> {
  return sendEnvelope(app, encryptRequest(fields, keys), keys, options);
}

export function answerOf(httpStatus: number, body: string, keys: MerchantKeys): WireAnswer {
  const decoded = decodeResponseBody(body, keys);
  const fields = decoded.kind === 'garbled' ? {} : decoded.fields;
  return { httpStatus, body, decoded, fields, code: fields.Code };
}
