import { inspect } from 'node:util';
import * as z from 'zod';
import { PaygateConfigError } from './failures.js';

/** The simulator's address; the live gateway is `https://www.computop-paygate.com`. */
export const DEFAULT_BASE_URL = 'http://127.0.0.1:8080';
export const DEFAULT_TIMEOUT_MS = 30_000;

const AES_KEY_BYTES = [16, 24, 32];

// "required" instead of zod's "expected string, received undefined".
const required = {
  error: (issue: { input: unknown }) => (issue.input === undefined ? 'required' : undefined),
};

const clientConfigSchema = z
  .strictObject({
    // The base URL alone switches between simulator and live gateway.
    baseUrl: z
      .url({ protocol: /^https?$/ })
      .default(DEFAULT_BASE_URL)
      .transform((url) => url.replace(/\/+$/, '')),
    merchantId: z.string(required).min(1, 'required').max(30),
    encryption: z.enum(['blowfish', 'aes']).default('blowfish'),
    encryptionKey: z.string(required).min(1, 'required'),
    hmacKey: z.string(required).min(1, 'required'),
    timeoutMs: z.coerce.number().int().positive().max(600_000).default(DEFAULT_TIMEOUT_MS),
  })
  .refine(
    (c) => c.encryption !== 'aes' || AES_KEY_BYTES.includes(Buffer.byteLength(c.encryptionKey)),
    { path: ['encryptionKey'], message: 'an AES key must be 16, 24 or 32 bytes long' },
  );

/** Configuration as given: every field optional where a default exists. */
export type ClientConfigInput = z.input<typeof clientConfigSchema>;

/** The parsed configuration. `String()`, `JSON.stringify()` and `inspect()` mask the keys. */
export type ClientConfig = Readonly<z.output<typeof clientConfigSchema>>;

const envNames: Record<keyof ClientConfigInput, string> = {
  baseUrl: 'PAYGATE_BASE_URL',
  merchantId: 'PAYGATE_MERCHANT_ID',
  encryption: 'PAYGATE_ENCRYPTION',
  encryptionKey: 'PAYGATE_BLOWFISH_KEY or PAYGATE_AES_KEY',
  hmacKey: 'PAYGATE_HMAC_KEY',
  timeoutMs: 'PAYGATE_TIMEOUT_MS',
};

type Env = Readonly<Record<string, string | undefined>>;

/** Reads the PAYGATE_* variables; empty values count as unset (docker-compose writes `X=`). */
function inputFromEnv(env: Env): Partial<Record<keyof ClientConfigInput, string>> {
  const read = (name: string) => (env[name] === '' ? undefined : env[name]);
  const encryption = read('PAYGATE_ENCRYPTION');
  const blowfishKey = read('PAYGATE_BLOWFISH_KEY');
  // Computop hands out one encryption password per merchant, so AES may reuse it.
  const encryptionKey =
    encryption === 'aes' ? (read('PAYGATE_AES_KEY') ?? blowfishKey) : blowfishKey;
  return withoutUndefined({
    baseUrl: read('PAYGATE_BASE_URL'),
    merchantId: read('PAYGATE_MERCHANT_ID'),
    encryption,
    encryptionKey,
    hmacKey: read('PAYGATE_HMAC_KEY'),
    timeoutMs: read('PAYGATE_TIMEOUT_MS'),
  });
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function masked(config: z.output<typeof clientConfigSchema>): ClientConfig {
  const visible = { ...config, encryptionKey: '***', hmacKey: '***' };
  const text = `ClientConfig ${JSON.stringify(visible)}`;
  return Object.freeze(
    Object.defineProperties(
      { ...config },
      {
        toJSON: { value: () => visible },
        toString: { value: () => text },
        [inspect.custom]: { value: () => text },
      },
    ),
  );
}

function parse(input: Record<string, unknown>): ClientConfig {
  const parsed = clientConfigSchema.safeParse(input);
  if (parsed.success) return masked(parsed.data);
  // Field names and rules only: never the value, which may be a key.
  const problems = parsed.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const source =
      field in envNames
        ? `${field} (${envNames[field as keyof ClientConfigInput]})`
        : field || 'options';
    return `${source}: ${issue.message}`;
  });
  throw new PaygateConfigError(`Invalid Paygate client configuration: ${problems.join('; ')}`);
}

/** Parses the environment once. Throws `PaygateConfigError` naming every bad variable. */
export function clientConfigFromEnv(env: Env = process.env): ClientConfig {
  return parse(inputFromEnv(env));
}

/** Options win over the environment, field by field. */
export function resolveClientConfig(
  options: Partial<ClientConfigInput> = {},
  env: Env = process.env,
): ClientConfig {
  return parse({ ...inputFromEnv(env), ...withoutUndefined(options) });
}
