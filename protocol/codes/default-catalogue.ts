import { authEntries } from './auth.js';
import { businessEntries } from './business.js';
import { type Catalogue, createCatalogue } from './catalogue.js';
import { generalEntries } from './general.js';
import type { CodeOverride } from './overrides.js';
import { paymentEntries } from './payments.js';
import { generateValidation } from './validation.js';

const named = [...generalEntries, ...authEntries, ...businessEntries, ...paymentEntries];
const validation = generateValidation(named);

/**
 * The built-in catalogue: Computop's documented codes, the simulator's own
 * crypto/auth and business codes, and the validation codes derived from the
 * parameter dictionary. Pure data, built without I/O.
 */
export const catalogue: Catalogue = createCatalogue(
  [...generalEntries, ...authEntries, ...validation.entries, ...businessEntries, ...paymentEntries],
  validation.aliases,
);

/**
 * The built-in catalogue (or `base`) with overrides applied; throws a
 * `CodeOverrideError` when an override does not fit.
 *
 * @example withOverrides([{ key: 'ok', en: 'Fine' }]).get('ok').en // 'Fine'
 */
export function withOverrides(
  overrides: readonly CodeOverride[],
  base: Catalogue = catalogue,
): Catalogue {
  return base.withOverrides(overrides);
}
