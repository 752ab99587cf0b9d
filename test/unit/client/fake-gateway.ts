import type { TransportRequest, TransportResponse } from '../../../client/index.js';
import { findField, parsePlaintext } from '../../../protocol/plaintext.js';
import {
  decodeRequestEnvelope,
  decryptRequestData,
  encodeResponse,
  type MerchantKeys,
} from '../../../protocol/wire.js';

export const keys: MerchantKeys = {
  merchantId: 'shop-test',
  encryptionKey: 'blowfish-secret',
  hmacKey: 'hmac-secret',
  encryption: 'blowfish',
};

export const clientKeys = {
  env: {},
  baseUrl: 'http://paygate.test',
  merchantId: keys.merchantId,
  encryptionKey: keys.encryptionKey,
  hmacKey: keys.hmacKey,
};

/** One request as the gateway would see it: the plain form and the decrypted fields. */
export interface SeenRequest {
  readonly request: TransportRequest;
  readonly form: Record<string, string>;
  readonly fields: Record<string, string>;
}

type Respond = (
  seen: SeenRequest,
  attempt: number,
) => TransportResponse | Promise<TransportResponse>;

/** A transport that decodes each request with protocol/wire and lets the test answer it. */
export function fakeGateway(
  respond: Respond = (seen) => answer(okFields(seen)),
  gatewayKeys: MerchantKeys = keys,
) {
  const seen: SeenRequest[] = [];
  const transport = async (request: TransportRequest): Promise<TransportResponse> => {
    const form = Object.fromEntries(new URLSearchParams(request.body));
    const envelope = decodeRequestEnvelope(form);
    if (!envelope.ok) throw new Error(`fake gateway: bad envelope ${envelope.reason}`);
    const decrypted = decryptRequestData(envelope, gatewayKeys);
    if (!decrypted.ok) throw new Error(`fake gateway: cannot decrypt ${decrypted.reason}`);
    const entry = { request, form, fields: parsePlaintext(decrypted.plaintext) };
    seen.push(entry);
    return respond(entry, seen.length);
  };
  return { transport, seen };
}

export const PAY_ID = '0123456789abcdef0123456789abcdef';

export function okFields(seen: SeenRequest): Record<string, string | undefined> {
  return {
    PayID: findField(seen.fields, 'PayID') ?? PAY_ID,
    XID: 'fedcba9876543210fedcba9876543210',
    TransID: findField(seen.fields, 'TransID'),
    RefNr: findField(seen.fields, 'RefNr'),
    Status: 'OK',
    Description: 'success',
    Code: '00000000',
  };
}

/** An encrypted 200 answer, MAC included. */
export function answer(
  fields: Record<string, string | undefined>,
  answerKeys: MerchantKeys = keys,
): TransportResponse {
  return { status: 200, body: encodeResponse(fields, answerKeys) };
}

/** A valid OC (create order) input. */
export const orderInput = {
  PayID: PAY_ID,
  TransID: 'T-1001',
  RefNr: '4711',
  Amount: '1000',
  Currency: 'EUR',
};
