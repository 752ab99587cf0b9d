/**
 * Response codes (`Code`, layout `S MMM PPPP`): parsing, the catalogue and
 * overrides. No I/O here; `loadOverrides` lives in `./load-overrides.js` so
 * that importing this file never pulls in `node:fs`.
 */
export type { AuthKey } from './auth.js';
export type { BusinessKey } from './business.js';
export { type Catalogue, createCatalogue, type KnownKey } from './catalogue.js';
export { catalogue, withOverrides } from './default-catalogue.js';
export {
  type CodeEntry,
  type CodeSource,
  type CodeStatus,
  composeCode,
  type StatusDigit,
} from './entry.js';
export { codeForFailure } from './failure.js';
export type { GeneralKey } from './general.js';
export {
  type InvalidCode,
  type ModuleCategory,
  moduleCategory,
  type ParsedCode,
  parseCode,
  type StatusMeaning,
} from './layout.js';
export {
  type CodeOverride,
  CodeOverrideError,
  codeOverrideSchema,
  codeOverridesSchema,
} from './overrides.js';
export type { PaymentCodeKey } from './payments.js';
export {
  type FailureKind,
  failureKinds,
  type ValidationKey,
  validationCode,
  validationKey,
} from './validation.js';
