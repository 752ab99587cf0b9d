// The wire format as a library (`paygate-sim/protocol`): for tools that speak
// the Paygate's envelope, MAC and codes without the client's conveniences.
export { type Catalogue, type CodeEntry, catalogue, parseCode } from './codes/index.js';
export { aesCipher } from './crypto/aes.js';
export { blowfishCipher } from './crypto/blowfish.js';
export { type Cipher, CipherError, type CipherFailure } from './crypto/cipher.js';
export { macEquals, requestMac, responseMac } from './mac.js';
export { parsePlaintext, writePlaintext } from './plaintext.js';
export {
  type AnswerDialect,
  type DecodedResponse,
  decodeRequestEnvelope,
  decodeResponseBody,
  decryptRequestData,
  encodeRequest,
  encodeResponse,
  type MerchantKeys,
} from './wire.js';
