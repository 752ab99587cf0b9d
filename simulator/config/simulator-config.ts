import * as z from 'zod';
import {
  catalogue as builtInCatalogue,
  type CodeOverride,
  codeOverridesSchema,
} from '../../protocol/codes/index.js';
import { isLoopbackHost } from '../admin/admin-guard.js';
import type { CreditLimitOverride } from '../engine/options.js';
import { CLOCK_INSTANT_HINT, isClockInstant } from '../ids/settable-clock.js';
import { LOG_LEVELS, type LogLevel } from '../log/logger.js';
import { DEMO_MERCHANT } from '../merchants/demo-merchant.js';
import { ruleProblems } from '../script/check-rules.js';
import {
  type ScenarioRule,
  type ScenarioRuleInput,
  scenarioRuleSchema,
} from '../script/scenario-schema.js';
import { DEFAULT_MAX_PAYMENTS, DEFAULT_REQID_MEMORY } from '../store/retention.js';
import { ConfigError, describeIssues } from './config-error.js';
import { type MerchantConfig, type MerchantInput, merchantSchema } from './merchant-schema.js';

/** Everything the simulator reads at start-up, parsed once. */
export interface SimulatorConfig {
  readonly host: string;
  readonly port: number;
  readonly merchants: readonly MerchantConfig[];
  /** True when no merchant was configured and the public demo merchant stands in. */
  readonly demoMerchant: boolean;
  /** Seed for deterministic PayIDs, XIDs and ReferenzIDs; random ids without one. */
  readonly seed: number | undefined;
  /** Start of the simulated clock (`YYYY-MM-DD` or an ISO instant); the system time without one. */
  readonly clockStart: string | undefined;
  /** Response-code catalogue overrides (the entries of `SIM_CODES_FILE`). */
  readonly codeOverrides: readonly CodeOverride[] | undefined;
  /** Credit limit per debtor in cents, for the engine's credit check. */
  readonly creditLimit: number | undefined;
  /** Limits of single debtors (per merchant or for all), over the merchants' and the default. */
  readonly creditLimits?: readonly CreditLimitOverride[];
  readonly logLevel: LogLevel;
  /** Largest request body in bytes; bigger ones get a `transport.body-too-large` answer. */
  readonly bodyLimitBytes: number;
  /** How many calls `GET /__sim/journal` keeps. */
  readonly journalSize: number;
  /** Scenario rules from start-up (`SIM_SCENARIOS_FILE` or the `scenarios` option); decision 008. */
  readonly scenarios?: readonly ScenarioRule[];
  /** Host names beyond loopback the admin API answers to (`SIM_ALLOWED_HOSTS`). */
  readonly allowedHosts: readonly string[];
  /** Required for every admin call but the health check when set (`SIM_ADMIN_TOKEN`). */
  readonly adminToken?: string | undefined;
  /** Payments kept per merchant before the oldest settled ones are dropped (`SIM_MAX_PAYMENTS`). */
  readonly maxPayments: number;
  /** ReqId answers kept per merchant for replays (`SIM_REQID_MEMORY`). */
  readonly reqIdMemory: number;
  /**
   * When URLNotify is tried, in ms after the payment ends (`SIM_NOTIFY_DELAYS_MS`):
   * the first attempt, then a retry after each failed one (a non-2xx answer or no answer).
   */
  readonly notifyDelaysMs: readonly number[];
  /**
   * Where the state lives (`PAYGATE_SIM_STORE`): `memory` (default, lost on
   * restart) or `sqlite:<file>` (kept across restarts and crashes).
   */
  readonly store?: string | undefined;
}

/** Ours (live's schedule is not public): at once, then after 5 s, 30 s, 2 min and 10 min. */
export const DEFAULT_NOTIFY_DELAYS_MS = [0, 5_000, 30_000, 120_000, 600_000] as const;

export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;
export const DEFAULT_JOURNAL_SIZE = 500;
/** Journal entries hold whole decrypted calls: more than this is an archive, not a journal. */
export const MAX_JOURNAL_SIZE = 100_000;
export { DEFAULT_MAX_PAYMENTS, DEFAULT_REQID_MEMORY } from '../store/retention.js';

const clockStart = z.string().refine(isClockInstant, CLOCK_INSTANT_HINT);

/** Options for `defineConfig` and `startSimulator`; every field has a default. */
export const simulatorOptionsSchema = z.strictObject({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.number().int().min(0).max(65_535).default(0),
  merchants: z.array(merchantSchema).optional(),
  seed: z.number().int().optional(),
  clockStart: clockStart.optional(),
  codeOverrides: codeOverridesSchema.optional(),
  creditLimit: z.number().int().min(0).optional(),
  creditLimits: z
    .array(
      z.strictObject({
        merchantId: z.string().min(1).optional(),
        customerId: z.string().min(1),
        limit: z.number().int().min(0),
      }),
    )
    .optional(),
  logLevel: z.enum(LOG_LEVELS).default('silent'),
  bodyLimitBytes: z.number().int().min(1024).default(DEFAULT_BODY_LIMIT_BYTES),
  journalSize: z.number().int().min(1).max(MAX_JOURNAL_SIZE).default(DEFAULT_JOURNAL_SIZE),
  scenarios: z.array(scenarioRuleSchema).optional(),
  allowedHosts: z.array(z.string().min(1)).default([]),
  adminToken: z.string().min(16, 'an admin token has at least 16 characters').optional(),
  maxPayments: z.number().int().min(10).max(10_000_000).default(DEFAULT_MAX_PAYMENTS),
  reqIdMemory: z.number().int().min(10).max(10_000_000).default(DEFAULT_REQID_MEMORY),
  store: z
    .string()
    .regex(
      /^(memory|sqlite:.+|postgres(ql)?:\/\/.+)$/,
      'memory, sqlite:<file> (e.g. sqlite:./data/paygate-sim.db) or postgres://user:password@host/database',
    )
    .optional(),
  notifyDelaysMs: z
    .array(z.number().int().min(0).max(86_400_000))
    .min(1)
    .max(20)
    .default([...DEFAULT_NOTIFY_DELAYS_MS]),
});

export type SimulatorOptions = Omit<
  z.input<typeof simulatorOptionsSchema>,
  'merchants' | 'scenarios'
> & {
  merchants?: MerchantInput[];
  scenarios?: ScenarioRuleInput[];
};

/**
 * A complete config from a few options: what tests and `startSimulator` use.
 * Programmatic defaults differ from the environment's: port 0 and no logs.
 *
 * @example
 * const config = defineConfig({ seed: 7, clockStart: '2025-03-01' });
 */
export function defineConfig(options: SimulatorOptions = {}): SimulatorConfig {
  const parsed = simulatorOptionsSchema.safeParse(options);
  if (!parsed.success)
    throw new ConfigError(describeIssues('simulator options', parsed.error.issues));
  const { merchants = [], seed, clockStart, codeOverrides, creditLimit, ...rest } = parsed.data;
  // Scenario rules name catalogue keys, which only the catalogue (with overrides) can check.
  if (rest.scenarios) {
    const codes = codeOverrides ? builtInCatalogue.withOverrides(codeOverrides) : builtInCatalogue;
    const problems = ruleProblems(rest.scenarios, codes).map((problem) => ({
      code: 'custom' as const,
      input: undefined,
      path: ['scenarios', ...problem.path],
      message: problem.message,
    }));
    if (problems.length > 0) throw new ConfigError(describeIssues('simulator options', problems));
  }
  checkExposure(rest);
  return withMerchants({ ...rest, seed, clockStart, codeOverrides, creditLimit }, merchants);
}

/**
 * Listening beyond loopback opens the admin API (reset, scripted failures,
 * the journal) to the network: only with a token.
 *
 * @throws ConfigError naming SIM_ADMIN_TOKEN.
 */
export function checkExposure(config: Pick<SimulatorConfig, 'host' | 'adminToken'>): void {
  if (isLoopbackHost(config.host) || config.adminToken !== undefined) return;
  throw new ConfigError(
    `HOST=${config.host} listens beyond this machine, which would open the admin API (/__sim) to the network: set SIM_ADMIN_TOKEN (16+ characters; send it as Authorization: Bearer <token>), or listen on 127.0.0.1`,
  );
}

/** Adds the merchants, or the demo merchant when there are none; rejects duplicate ids. */
export function withMerchants(
  rest: Omit<SimulatorConfig, 'merchants' | 'demoMerchant'>,
  merchants: readonly MerchantConfig[],
): SimulatorConfig {
  const seen = new Set<string>();
  for (const merchant of merchants) {
    if (seen.has(merchant.merchantId)) {
      throw new ConfigError(`merchant ${merchant.merchantId} is configured twice`);
    }
    seen.add(merchant.merchantId);
  }
  const demoMerchant = merchants.length === 0;
  return { ...rest, merchants: demoMerchant ? [DEMO_MERCHANT] : [...merchants], demoMerchant };
}
