import { aesCipher } from './crypto/aes.js';
import { blowfishCipher } from './crypto/blowfish.js';
import { CipherError, type CipherFailure } from './crypto/cipher.js';
import type { Padding } from './crypto/padding.js';
import { cipherFor, type Encryption, looksLikeAes } from './crypto/select.js';
import { macEquals, requestMac, responseMac } from './mac.js';
import { findField, omitFields, parsePlaintext, writePlaintext } from './plaintext.js';
import { resultParameters } from './reference/parameters/result.js';

/** The answer's merchant id as live names it inside Data: `mid` (decision 010). */
const ANSWER_MID = resultParameters.MID.wireName;

/** One merchant's secrets: the codec password, the HMAC password and the configured codec. */
export interface MerchantKeys {
  merchantId: string;
  encryptionKey: string;
  hmacKey: string;
  encryption: Encryption;
  /** How this merchant's answers are written; the live defaults when absent. */
  answer?: AnswerDialect;
}

type Fields = Readonly<Record<string, string | undefined>>;

/**
 * How an answer is written, where live clients disagree
 * (docs/decisions/010-wire-dialect.md). The defaults are what the live
 * gateway sends: PKCS#7 padding and a MAC in every answer.
 */
export interface AnswerDialect {
  /** Blowfish answers only (AES is always PKCS#7). `nul` serves decoders that strip NULs alone. */
  readonly padding?: Padding;
  /** `false` leaves the MAC out of server-to-server answers, as some merchant setups do. */
  readonly mac?: boolean;
}

/** The plain fields of a request as posted: MerchantID, Len (a non-negative integer) and Data. */
export interface RequestEnvelope {
  ok: true;
  merchantId: string;
  len: number;
  data: string;
}
export type EnvelopeFailure = 'missing-merchant-id' | 'missing-len' | 'missing-data' | 'bad-len';

/** What came back from the Paygate, read as far as it could be. */
export type DecodedResponse =
  | { kind: 'encrypted'; fields: Record<string, string>; macValid: boolean | undefined }
  | { kind: 'plain'; fields: Record<string, string> }
  | {
      kind: 'garbled';
      reason: CipherFailure | 'bad-len' | 'unrecognised' | 'unreadable-plaintext';
    };

/**
 * Builds the form of a request: adds MerchantID and the request MAC inside the
 * plaintext (replacing any the caller passed), encrypts with the merchant's codec.
 *
 * @throws {CipherError} 'key-length' when an AES merchant's key is unusable.
 * @example
 * encodeRequest({ TransID: 'T1', Amount: '100', Currency: 'EUR' }, keys);
 * // { MerchantID: 'shop', Len: '71', Data: '5F3A...' }
 */
export function encodeRequest(
  fields: Fields,
  keys: MerchantKeys,
): { MerchantID: string; Len: string; Data: string } {
  const rest = omitFields(fields, ['MerchantID', 'MAC']);
  const macInput = { ...macSource(rest), MerchantID: keys.merchantId };
  const MAC = requestMac(macInput, keys.hmacKey);
  const plaintext = writePlaintext({ MerchantID: keys.merchantId, ...rest, MAC });
  const { data, len } = cipherFor(keys.encryption, keys.encryptionKey).encrypt(plaintext);
  return { MerchantID: keys.merchantId, Len: String(len), Data: data };
}

/**
 * Reads MerchantID, Len and Data from a posted form, names in any case. Extra
 * fields are ignored; a repeated field (an array from the body parser) counts once.
 *
 * @example
 * decodeRequestEnvelope({ merchantid: 'shop', len: '12', data: 'AB12' });
 * // { ok: true, merchantId: 'shop', len: 12, data: 'AB12' }
 */
export function decodeRequestEnvelope(
  form: Readonly<Record<string, unknown>>,
): RequestEnvelope | { ok: false; reason: EnvelopeFailure } {
  const merchantId = firstString(findField(form, 'MerchantID'));
  const lenText = firstString(findField(form, 'Len'));
  const data = firstString(findField(form, 'Data'));
  if (!merchantId) return { ok: false, reason: 'missing-merchant-id' };
  if (!lenText) return { ok: false, reason: 'missing-len' };
  if (!data) return { ok: false, reason: 'missing-data' };
  const len = parseLen(lenText);
  if (len === undefined) return { ok: false, reason: 'bad-len' };
  return { ok: true, merchantId, len, data };
}

/**
 * Decrypts an envelope's Data with the merchant's password. The codec is
 * chosen by the data ('-' means AES), not by the configuration, as live.
 *
 * @example
 * decryptRequestData({ data: 'ZZ', len: 1 }, keys); // { ok: false, reason: 'not-hex' }
 */
export function decryptRequestData(
  envelope: { data: string; len: number },
  keys: MerchantKeys,
): { ok: true; plaintext: string } | { ok: false; reason: CipherFailure } {
  try {
    const cipher = looksLikeAes(envelope.data) ? aesCipher : blowfishCipher;
    return { ok: true, plaintext: cipher(keys.encryptionKey).decrypt(envelope.data, envelope.len) };
  } catch (error) {
    if (error instanceof CipherError) return { ok: false, reason: error.reason };
    throw error;
  }
}

/**
 * Builds a response body `MID=..&Len=..&Data=..`. Inside Data the merchant id
 * is `mid`, the name clients written against live read, and the response MAC
 * (over that mid) closes the plaintext; Len counts characters; Blowfish pads
 * PKCS#7 unless the dialect says otherwise.
 *
 * @example
 * encodeResponse({ PayID: 'ab12', TransID: 'T1', Status: 'OK', Code: '00000000' }, keys);
 * // 'MID=shop&Len=104&Data=9C0E...' (Data holds 'mid=shop&PayID=ab12&...&MAC=4CDC...')
 */
export function encodeResponse(
  fields: Fields,
  keys: MerchantKeys,
  dialect: AnswerDialect & { readonly iv?: Uint8Array } = keys.answer ?? {},
): string {
  const rest = omitFields(fields, ['MID', 'MAC']);
  const mid = findField(fields, 'MID') ?? keys.merchantId;
  const MAC =
    dialect.mac === false
      ? undefined
      : responseMac({ ...macSource(rest), MerchantID: mid }, keys.hmacKey);
  const plaintext = writePlaintext({ [ANSWER_MID]: mid, ...rest, MAC });
  const { data, len } = cipherFor(keys.encryption, keys.encryptionKey).encrypt(plaintext, {
    padding: dialect.padding ?? 'pkcs7',
    ...(dialect.iv ? { iv: dialect.iv } : {}),
  });
  return `MID=${mid}&Len=${len}&Data=${data}`;
}

/**
 * Reads a Paygate answer: an encrypted body (MAC checked when present), an
 * unencrypted early FAILED answer, or something that is neither. An encrypted
 * body must decrypt to a plaintext with a Status or a MAC, else it is garbled.
 *
 * @example
 * decodeResponseBody('PayID=00000000000000000000000000000000&TransID=na&Status=FAILED', keys);
 * // { kind: 'plain', fields: { PayID: '000...', TransID: 'na', Status: 'FAILED' } }
 */
export function decodeResponseBody(body: string, keys: MerchantKeys): DecodedResponse {
  const outer = parsePlaintext(body.trim());
  const data = findField(outer, 'Data');
  if (data === undefined) {
    return findField(outer, 'Status') === undefined
      ? { kind: 'garbled', reason: 'unrecognised' }
      : { kind: 'plain', fields: outer };
  }
  const len = parseLen(findField(outer, 'Len') ?? '');
  if (len === undefined) return { kind: 'garbled', reason: 'bad-len' };
  const decrypted = decryptRequestData({ data, len }, keys);
  if (!decrypted.ok) return { kind: 'garbled', reason: decrypted.reason };
  const fields = parsePlaintext(decrypted.plaintext);
  const mac = findField(fields, 'MAC');
  // A wrong Blowfish key "decrypts" to noise rather than failing.
  if (mac === undefined && findField(fields, 'Status') === undefined) {
    return { kind: 'garbled', reason: 'unreadable-plaintext' };
  }
  const mid = findField(fields, 'MID') ?? findField(outer, 'MID');
  const expected = responseMac({ ...macSource(fields), MerchantID: mid }, keys.hmacKey);
  return {
    kind: 'encrypted',
    fields,
    macValid: mac === undefined ? undefined : macEquals(mac, expected),
  };
}

/** The MAC-relevant fields, found whatever their case. */
function macSource(fields: Fields) {
  const names = ['PayID', 'TransID', 'Amount', 'Currency', 'Status', 'Code'] as const;
  return Object.fromEntries(names.map((name) => [name, findField(fields, name)])) as Partial<
    Record<(typeof names)[number], string>
  >;
}

function firstString(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

function parseLen(text: string): number | undefined {
  const trimmed = text.trim();
  const len = Number(trimmed);
  return /^\d+$/.test(trimmed) && Number.isSafeInteger(len) ? len : undefined;
}
