import { PaygateAnswerError } from '../../client/index.js';

/** A FAILED answer as an example prints it: the class, the code and what it means. */
export interface Refusal {
  readonly type: string;
  readonly code: string;
  /** The catalogue key, e.g. `business.order-cancelled`. */
  readonly key: string | undefined;
  readonly description: string;
}

/**
 * Runs a call that is expected to be refused and returns the refusal; a call
 * that succeeds, or fails without an answer (timeout, keys), throws.
 *
 * @example
 * const refusal = await refused(() => client.payment({ ... })); // { code: '2201xxxx', key: ... }
 */
export async function refused(call: () => Promise<unknown>): Promise<Refusal> {
  try {
    await call();
  } catch (error) {
    if (!(error instanceof PaygateAnswerError)) throw error;
    const { code, description, codeInfo } = error.result;
    return { type: error.type, code, key: codeInfo?.key, description };
  }
  throw new Error('the Paygate accepted a call the example expected it to refuse');
}
