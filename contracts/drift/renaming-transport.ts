import type { Transport } from '../../client/index.js';
import { encodeRequest, type MerchantKeys } from '../../protocol/wire.js';
import { decryptClientRequest } from '../bridge/consumer-bridge.js';

/**
 * A client that drifted: what the real client encrypts is decrypted, fields
 * are renamed (`{ Amount: 'Amt' }`), and the result is encrypted and MAC'd
 * again, so on the wire it is a well-formed request with other field names.
 */
export function renamingTransport(
  inner: Transport,
  keys: MerchantKeys,
  renames: Readonly<Record<string, string>>,
): Transport {
  return (request) => {
    const fields = decryptClientRequest(request, keys);
    const renamed = Object.fromEntries(
      Object.entries(fields).map(([name, value]) => [renames[name] ?? name, value]),
    );
    const body = new URLSearchParams(encodeRequest(renamed, keys)).toString();
    return inner({ ...request, body });
  };
}

/** The same renames on a plain field set (what a drifted consumer would expect to send). */
export function renamed(
  fields: Readonly<Record<string, string>>,
  renames: Readonly<Record<string, string>>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, value]) => [renames[name] ?? name, value]),
  );
}
