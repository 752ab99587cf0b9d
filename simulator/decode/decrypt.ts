import { parsePlaintext } from '../../protocol/plaintext.js';
import { canonicalName } from '../../protocol/reference/parameters.js';
import {
  decryptRequestData,
  type MerchantKeys,
  type RequestEnvelope,
} from '../../protocol/wire.js';
import type { MerchantConfig } from '../config/merchant-schema.js';
import { type PlainOutcome, plainFailure } from '../encode/outcome.js';
import { keysForData } from '../merchants/registry.js';

/** A request after decryption: canonical field names, and the keys that opened it. */
export interface DecryptedRequest {
  readonly keys: MerchantKeys;
  readonly fields: Readonly<Record<string, string>>;
}

// Ours (live says less): a wrong key or cipher is the usual cause.
const decryptFailed = plainFailure(
  'crypto.decrypt-failed',
  'Decryption of Data failed (check PAYGATE_BLOWFISH_KEY, or PAYGATE_AES_KEY with PAYGATE_ENCRYPTION=aes)',
);

/**
 * Stage 3: decrypts Data with the merchant's key for its cipher and parses
 * the plaintext (percent-decoded for a merchant marked `urlEncoded`). Names are made canonical (`mac` -> `MAC`); unknown names are
 * kept as sent, and of names repeated in another case the first one counts.
 */
export function decryptRequest(
  envelope: RequestEnvelope,
  merchant: MerchantConfig,
): { ok: true; request: DecryptedRequest } | { ok: false; outcome: PlainOutcome } {
  const keys = keysForData(merchant, envelope.data);
  if (!keys) return { ok: false, outcome: decryptFailed };
  const decrypted = decryptRequestData(envelope, keys);
  if (!decrypted.ok || !readable(decrypted.plaintext)) return { ok: false, outcome: decryptFailed };
  const fields: Record<string, string> = {};
  const parsed = parsePlaintext(decrypted.plaintext, { urlDecoded: merchant.urlEncoded === true });
  for (const [name, value] of Object.entries(parsed)) {
    const canonical = canonicalName(name) ?? name;
    if (!Object.hasOwn(fields, canonical)) fields[canonical] = value;
  }
  return { ok: true, request: { keys, fields } };
}

/**
 * Blowfish-ECB has no integrity check: a wrong key "decrypts" to noise. Noise
 * almost surely holds control characters (tab and line breaks aside) or, read
 * as Windows-1252, bytes it leaves unmapped (U+FFFD), while a real plaintext
 * is printable `Key=Value` text; so unreadable counts as undecryptable. A C1
 * control sent in UTF-8 is text, and left to validation to refuse.
 */
function readable(plaintext: string): boolean {
  if (!plaintext.includes('=')) return false;
  for (let i = 0; i < plaintext.length; i++) {
    const code = plaintext.charCodeAt(i);
    const lineBreakOrTab = code === 0x09 || code === 0x0a || code === 0x0d;
    if ((code < 0x20 && !lineBreakOrTab) || code === 0x7f || code === 0xfffd) return false;
  }
  return true;
}
