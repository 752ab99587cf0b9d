import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { omitFields } from '../../protocol/plaintext.js';
import { decodeResponseBody, encodeRequest, type MerchantKeys } from '../../protocol/wire.js';
import { BRIDGE_HEADER, BRIDGE_PLAINTEXT, MAC_CORRUPT, MAC_HEADER } from './headers.js';

/** The Paygate's server-to-server paths: `/debtor.aspx`, and its siblings later. */
const PAYGATE_PATH = /^\/[A-Za-z]+\.aspx$/;

export interface ProviderBridgeOptions {
  /** Base URL of the real provider: the simulator, or the live Paygate. */
  readonly target: string;
  /** The merchant whose keys encrypt the requests and check the answers. */
  readonly keys: MerchantKeys;
  /**
   * Appended to every TransID on the way out and taken off the answer again:
   * the live Paygate remembers TransIDs, the pact repeats them every run.
   */
  readonly transIdSuffix?: string;
  /** Per-request timeout towards the target. Default 20 s. */
  readonly timeoutMs?: number;
}

export interface ProviderBridge {
  /** `http://127.0.0.1:<port>`: the verifier's `providerBaseUrl`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The verifier's side of the codec bridge: takes the pact's plaintext JSON,
 * puts it on the real wire (MerchantID, MAC, encryption) to the target,
 * decrypts the answer, insists on a valid response MAC, and answers JSON.
 * Anything a real client could not accept becomes a 502 naming the reason,
 * so verification fails on it.
 *
 * @example
 * const bridge = await startProviderBridge({ target: sim.url, keys });
 * await new Verifier({ providerBaseUrl: bridge.url, ... }).verifyProvider();
 */
export async function startProviderBridge(options: ProviderBridgeOptions): Promise<ProviderBridge> {
  const server = createServer((req, res) => {
    handle(options, req, res).catch((error: unknown) => {
      reply(res, 502, { bridgeError: 'exception', message: String(error) });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function handle(options: ProviderBridgeOptions, req: IncomingMessage, res: ServerResponse) {
  // The pact's path goes to the target unchanged: the contract pins it.
  const path = req.url ?? '';
  if (
    req.method !== 'POST' ||
    !PAYGATE_PATH.test(path) ||
    req.headers[BRIDGE_HEADER.toLowerCase()] !== BRIDGE_PLAINTEXT
  ) {
    return reply(res, 404, { bridgeError: 'not-a-bridged-call', method: req.method, url: req.url });
  }
  const fields = flatStrings(JSON.parse(await readBody(req)));
  if (!fields) return reply(res, 400, { bridgeError: 'body is not a flat JSON object of strings' });
  const transId = fields.TransID;
  if (options.transIdSuffix && transId !== undefined) {
    fields.TransID = `${transId}${options.transIdSuffix}`.slice(0, 64);
  }
  // A wrong HMAC key yields a well-formed request whose MAC cannot match.
  const corrupt = req.headers[MAC_HEADER.toLowerCase()] === MAC_CORRUPT;
  const signing = corrupt
    ? { ...options.keys, hmacKey: `${options.keys.hmacKey}-not` }
    : options.keys;
  const response = await fetch(new URL(path, options.target), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(encodeRequest(fields, signing)).toString(),
    signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
  });
  const body = await response.text();
  // The Paygate answers every call with 200, failures included: any other status is a drift.
  if (response.status !== 200) {
    return reply(res, 502, { bridgeError: 'http', status: response.status, body });
  }
  const decoded = decodeResponseBody(body, options.keys);
  if (decoded.kind === 'garbled')
    return reply(res, 502, { bridgeError: 'garbled', reason: decoded.reason });
  if (decoded.kind === 'plain')
    return reply(res, 502, { bridgeError: 'unencrypted-answer', ...decoded.fields });
  if (decoded.macValid !== true) {
    return reply(res, 502, { bridgeError: 'response-mac', macValid: String(decoded.macValid) });
  }
  const answer = omitFields(decoded.fields, ['MAC']);
  if (transId !== undefined && answer.TransID === fields.TransID) answer.TransID = transId;
  return reply(res, 200, answer);
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function flatStrings(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (!entries.every(([, v]) => typeof v === 'string')) return undefined;
  return Object.fromEntries(entries) as Record<string, string>;
}
