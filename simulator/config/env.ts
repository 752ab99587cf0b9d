import * as z from 'zod';
import {
  catalogue as builtInCatalogue,
  type CodeOverride,
  CodeOverrideError,
} from '../../protocol/codes/index.js';
import { loadOverrides } from '../../protocol/codes/load-overrides.js';
import { LOG_LEVELS } from '../log/logger.js';
import { ConfigError, describeIssues } from './config-error.js';
import { type MerchantConfig, merchantSchema } from './merchant-schema.js';
import { readMerchantsFile } from './merchants-file.js';
import { readScenariosFile } from './scenarios-file.js';
import {
  checkExposure,
  DEFAULT_BODY_LIMIT_BYTES,
  DEFAULT_JOURNAL_SIZE,
  DEFAULT_MAX_PAYMENTS,
  DEFAULT_NOTIFY_DELAYS_MS,
  DEFAULT_REQID_MEMORY,
  MAX_JOURNAL_SIZE,
  type SimulatorConfig,
  withMerchants,
} from './simulator-config.js';
import { unknownSimKeys } from './unknown-keys.js';

/** docker-compose passes unset variables as empty strings: treat them as unset. */
const unset = (value: unknown) => (value === '' ? undefined : value);
const text = z.preprocess(unset, z.string().optional());
const integer = (min: number) => z.preprocess(unset, z.coerce.number().int().min(min).optional());

const envSchema = z.object({
  HOST: z.preprocess(unset, z.string().default('127.0.0.1')),
  PORT: z.preprocess(unset, z.coerce.number().int().min(0).max(65_535).default(8080)),
  PAYGATE_MERCHANT_ID: text,
  PAYGATE_HMAC_KEY: text,
  PAYGATE_BLOWFISH_KEY: text,
  PAYGATE_AES_KEY: text,
  PAYGATE_ENCRYPTION: z.preprocess(unset, z.enum(['blowfish', 'aes']).optional()),
  SIM_MERCHANTS_FILE: text,
  SIM_SEED: z.preprocess(unset, z.coerce.number().int().optional()),
  SIM_CLOCK: z.preprocess(
    unset,
    z
      .string()
      .refine(
        (v) => !Number.isNaN(new Date(v).getTime()),
        'expected YYYY-MM-DD or an ISO date-time',
      )
      .optional(),
  ),
  SIM_CODES_FILE: text,
  SIM_SCENARIOS_FILE: text,
  SIM_CREDIT_LIMIT: integer(0),
  SIM_JOURNAL_SIZE: z.preprocess(
    unset,
    z.coerce
      .number()
      .int()
      .min(1)
      .max(
        MAX_JOURNAL_SIZE,
        `at most ${MAX_JOURNAL_SIZE} calls (each holds a whole decrypted call)`,
      )
      .optional(),
  ),
  SIM_ALLOWED_HOSTS: text,
  SIM_ADMIN_TOKEN: z.preprocess(
    unset,
    z.string().min(16, 'an admin token has at least 16 characters').optional(),
  ),
  SIM_MAX_PAYMENTS: z.preprocess(unset, z.coerce.number().int().min(10).max(10_000_000).optional()),
  SIM_REQID_MEMORY: z.preprocess(unset, z.coerce.number().int().min(10).max(10_000_000).optional()),
  PAYGATE_SIM_STORE: z.preprocess(
    unset,
    z
      .string()
      .regex(
        /^(memory|sqlite:.+|postgres(ql)?:\/\/.+)$/,
        'memory, sqlite:<file> (e.g. sqlite:./data/paygate-sim.db) or postgres://user:password@host/database',
      )
      .optional(),
  ),
  SIM_NOTIFY_DELAYS_MS: z.preprocess(
    unset,
    z
      .string()
      .regex(/^\d+(,\d+){0,19}$/, 'comma-separated milliseconds, e.g. 0,5000,30000')
      .optional(),
  ),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' ? unset(v.toLowerCase()) : v),
    z.enum(LOG_LEVELS).optional(),
  ),
  // Read only to pick the default log level: test runners set these.
  VITEST: text,
  NODE_ENV: text,
});

export const SIM_KEYS = Object.keys(envSchema.shape).filter((key) => key.startsWith('SIM_'));

type Env = z.output<typeof envSchema>;

/**
 * The simulator's configuration from environment variables. The only place
 * that reads them; `main.ts` calls it once with `process.env`.
 *
 * @throws ConfigError naming the variable (or file and field) that is wrong.
 */
export function configFromEnv(env: Readonly<Record<string, string | undefined>>): SimulatorConfig {
  const typos = unknownSimKeys(env, SIM_KEYS);
  if (typos.length > 0) throw new ConfigError(typos.join('\n'));
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(describeIssues('environment', parsed.error.issues));
  const vars = parsed.data;
  const merchants = [
    ...(vars.SIM_MERCHANTS_FILE ? readMerchantsFile(vars.SIM_MERCHANTS_FILE) : []),
    ...merchantFromEnv(vars),
  ];
  const underTest = vars.VITEST !== undefined || vars.NODE_ENV === 'test';
  const codeOverrides = vars.SIM_CODES_FILE ? readCodesFile(vars.SIM_CODES_FILE) : undefined;
  checkExposure({ host: vars.HOST, adminToken: vars.SIM_ADMIN_TOKEN });
  return withMerchants(
    {
      host: vars.HOST,
      port: vars.PORT,
      seed: vars.SIM_SEED,
      clockStart: vars.SIM_CLOCK,
      codeOverrides,
      creditLimit: vars.SIM_CREDIT_LIMIT,
      logLevel: vars.LOG_LEVEL ?? (underTest ? 'silent' : 'info'),
      bodyLimitBytes: DEFAULT_BODY_LIMIT_BYTES,
      journalSize: vars.SIM_JOURNAL_SIZE ?? DEFAULT_JOURNAL_SIZE,
      scenarios: vars.SIM_SCENARIOS_FILE
        ? readScenariosFile(vars.SIM_SCENARIOS_FILE, catalogueWith(codeOverrides))
        : undefined,
      allowedHosts: (vars.SIM_ALLOWED_HOSTS ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== ''),
      adminToken: vars.SIM_ADMIN_TOKEN,
      maxPayments: vars.SIM_MAX_PAYMENTS ?? DEFAULT_MAX_PAYMENTS,
      reqIdMemory: vars.SIM_REQID_MEMORY ?? DEFAULT_REQID_MEMORY,
      store: vars.PAYGATE_SIM_STORE,
      notifyDelaysMs: vars.SIM_NOTIFY_DELAYS_MS
        ? vars.SIM_NOTIFY_DELAYS_MS.split(',').map(Number)
        : [...DEFAULT_NOTIFY_DELAYS_MS],
    },
    merchants,
  );
}

const ENV_NAME: Record<string, string> = {
  merchantId: 'PAYGATE_MERCHANT_ID',
  hmacKey: 'PAYGATE_HMAC_KEY',
  blowfishKey: 'PAYGATE_BLOWFISH_KEY',
  aesKey: 'PAYGATE_AES_KEY',
  encryption: 'PAYGATE_ENCRYPTION',
};

function merchantFromEnv(vars: Env): MerchantConfig[] {
  const keys = [vars.PAYGATE_HMAC_KEY, vars.PAYGATE_BLOWFISH_KEY, vars.PAYGATE_AES_KEY];
  if (vars.PAYGATE_MERCHANT_ID === undefined) {
    if (keys.some((key) => key !== undefined)) {
      throw new ConfigError(
        'environment: PAYGATE_MERCHANT_ID is missing while PAYGATE_*_KEY is set',
      );
    }
    return [];
  }
  const parsed = merchantSchema.safeParse({
    merchantId: vars.PAYGATE_MERCHANT_ID,
    hmacKey: vars.PAYGATE_HMAC_KEY,
    encryption: vars.PAYGATE_ENCRYPTION,
    blowfishKey: vars.PAYGATE_BLOWFISH_KEY,
    aesKey: vars.PAYGATE_AES_KEY,
  });
  if (parsed.success) return [parsed.data];
  const issues = parsed.error.issues.map((issue) => ({
    ...issue,
    path: issue.path.map((part) => ENV_NAME[String(part)] ?? part),
  }));
  throw new ConfigError(describeIssues('environment', issues));
}

/** Scenario files name catalogue keys: check them against the catalogue the simulator will use. */
function catalogueWith(overrides: readonly CodeOverride[] | undefined) {
  return overrides ? builtInCatalogue.withOverrides(overrides) : builtInCatalogue;
}

/** The override entries, checked against the built-in catalogue; errors name the file and field. */
function readCodesFile(path: string) {
  try {
    return loadOverrides(path);
  } catch (error) {
    if (error instanceof CodeOverrideError)
      throw new ConfigError(`SIM_CODES_FILE ${error.message}`);
    throw error;
  }
}
