import type { Transport, TransportRequest } from '../../client/index.js';
import { macEquals, requestMac } from '../../protocol/mac.js';
import { findField, omitFields, parsePlaintext } from '../../protocol/plaintext.js';
import {
  decodeRequestEnvelope,
  decryptRequestData,
  encodeResponse,
  type MerchantKeys,
} from '../../protocol/wire.js';
import { bridgeHeaders } from './headers.js';

export interface ConsumerBridgeOptions {
  /** Base URL of the Pact mock server. */
  readonly mockUrl: string;
  /** The keys the client under test was given. */
  readonly keys: MerchantKeys;
  /** Extra headers for this interaction (e.g. the MAC marker). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** The client sent something a real Paygate could not read: a contract test must fail on it. */
export class BridgeError extends Error {
  override name = 'BridgeError';
}

/**
 * A client transport that plays the Paygate's codec around the Pact mock:
 * it decrypts the client's real request, insists on a correct request MAC,
 * sends the plaintext fields (MAC left out, MerchantID kept) as JSON to the
 * mock with the client's own method and path, and encrypts the mock's JSON answer with a real response MAC, so the
 * client decrypts and verifies it exactly as it would a live answer.
 *
 * @example
 * const client = new PaygateClient({ ...keys, transport: consumerBridge({ mockUrl: mock.url, keys }) });
 */
export function consumerBridge(options: ConsumerBridgeOptions): Transport {
  return async (request) => {
    const fields = decryptClientRequest(request, options.keys);
    // The client's own method and path go to the mock, so a client that
    // posts elsewhere (or by GET) misses the recorded interaction.
    const { pathname, search } = new URL(request.url);
    const response = await fetch(new URL(`${pathname}${search}`, options.mockUrl), {
      method: request.method,
      headers: bridgeHeaders(options.headers),
      body: JSON.stringify(omitFields(fields, ['MAC'])),
      signal: request.signal,
    });
    const text = await response.text();
    // A mismatch answers 500 with Pact's explanation: hand it to the client as it is.
    if (response.status !== 200) return { status: response.status, body: text };
    return { status: 200, body: encodeResponse(answerFields(text), options.keys) };
  };
}

/** The plaintext fields of the client's envelope, after the MAC check. */
export function decryptClientRequest(
  request: Pick<TransportRequest, 'body'>,
  keys: MerchantKeys,
): Record<string, string> {
  const envelope = decodeRequestEnvelope(Object.fromEntries(new URLSearchParams(request.body)));
  if (!envelope.ok) throw new BridgeError(`client sent no envelope: ${envelope.reason}`);
  if (envelope.merchantId !== keys.merchantId) {
    throw new BridgeError(
      `client sent MerchantID ${envelope.merchantId}, expected ${keys.merchantId}`,
    );
  }
  const decrypted = decryptRequestData(envelope, keys);
  if (!decrypted.ok) throw new BridgeError(`client Data does not decrypt: ${decrypted.reason}`);
  const fields = parsePlaintext(decrypted.plaintext);
  const mac = findField(fields, 'MAC');
  const expected = requestMac(macInput(fields), keys.hmacKey);
  if (mac === undefined || !macEquals(mac, expected)) {
    throw new BridgeError('client request MAC does not match its fields');
  }
  return fields;
}

function macInput(fields: Readonly<Record<string, string>>) {
  const [PayID, TransID, MerchantID, Amount, Currency] = [
    'PayID',
    'TransID',
    'MerchantID',
    'Amount',
    'Currency',
  ].map((name) => findField(fields, name));
  return { PayID, TransID, MerchantID, Amount, Currency };
}

function answerFields(text: string): Record<string, string> {
  const parsed: unknown = JSON.parse(text);
  const isFlat =
    typeof parsed === 'object' &&
    parsed !== null &&
    Object.values(parsed).every((value) => typeof value === 'string');
  if (!isFlat) throw new BridgeError('mock answer is not a flat JSON object of strings');
  return parsed as Record<string, string>;
}
