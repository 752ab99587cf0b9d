export type { BusinessCodeKey } from './code-keys.js';
export { createEngine } from './create-engine.js';
export type { CreditLimitOverride, EngineOptions } from './options.js';
export { DEFAULT_CREDIT_LIMIT, DEFAULT_PAYMENT_TERM_DAYS } from './options.js';
export { BANK_ACCOUNT_MISSING, LIMIT_EXCEEDED } from './real-solution-reasons.js';
export type { Engine, EngineOutcome, EngineRequest, EventToken } from './types.js';
