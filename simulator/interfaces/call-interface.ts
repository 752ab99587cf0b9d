import type { Catalogue } from '../../protocol/codes/index.js';
import type { DecryptedRequest } from '../decode/decrypt.js';
import type { EngineOutcome } from '../engine/index.js';
import type { SimulatorParts } from '../parts.js';
import type { ValidatedFields } from '../validate/validate-request.js';

/**
 * What one Paygate interface brings to the shared pipeline (decode,
 * authenticate, replay, validate, script, engine, encode): its tables, its
 * engine, and how its calls are named. `/debtor.aspx` is one; every payment
 * path (`capture.aspx`, ...) is another.
 */
export interface CallInterface {
  /** `debtor`, or the payment call (`direct`, `capture`, ...). */
  readonly name: string;
  /** Checks every field against the interface's table (formats, M/O/C). */
  validate(request: DecryptedRequest, catalogue: Catalogue): ValidatedFields;
  /** The call's name for journal, log and scenario rules: the EventToken, or the payment call. */
  callOf(fields: Readonly<Record<string, string>>): string;
  /** The debtor a call concerns, for scenario rules that match customers. */
  debtorOf(
    parts: SimulatorParts,
    merchantId: string,
    sent: Readonly<Record<string, string>>,
  ): string | undefined;
  /** The engine: reads state, decides, commits; never throws for bad input. */
  handle(
    parts: SimulatorParts,
    request: { merchantId: string; fields: Readonly<Record<string, string>> },
  ): EngineOutcome;
}
