import type { Catalogue } from '../../protocol/codes/index.js';
import { type EncodedAnswer, encodeAnswer } from '../encode/answer.js';
import { type CallOutcome, plainFailure } from '../encode/outcome.js';
import type { WireFailure } from './answer-fault.js';

/**
 * The answer body a fault sends, still built by `encodeAnswer`: the fault
 * only changes what goes in (no keys, a wrong MAC key) or cuts what comes out.
 * `timeout`, `reset` and `http` send no Paygate answer at all.
 *
 * @example
 * faultyAnswer(outcome, { kind: 'unencrypted' }, catalogue).body
 * // 'PayID=000...&TransID=na&Status=FAILED&Code=22010012&Description=...'
 */
export function faultyAnswer(
  outcome: CallOutcome,
  failure: WireFailure | undefined,
  catalogue: Catalogue,
): EncodedAnswer {
  if (outcome.kind !== 'merchant' || failure === undefined) {
    return encodeAnswer(outcome, catalogue);
  }
  switch (failure.kind) {
    case 'unencrypted':
      return encodeAnswer(plainFailure(outcome.codeKey, outcome.description), catalogue);
    case 'badMac': {
      // Encrypted with the merchant's key, signed with another: only the MAC is wrong.
      const keys = { ...outcome.keys, hmacKey: `${outcome.keys.hmacKey}\u0000not-the-key` };
      return encodeAnswer({ ...outcome, keys }, catalogue);
    }
    case 'garbled':
      return truncateData(encodeAnswer(outcome, catalogue));
    case 'timeout':
    case 'reset':
    case 'http':
      return { body: '', fields: {}, kind: 'plain', code: undefined };
  }
}

/**
 * Data cut to an odd length, as a proxy that truncates the body would leave
 * it: neither whole hex bytes nor whole cipher blocks, in either cipher.
 */
function truncateData(answer: EncodedAnswer): EncodedAnswer {
  const body = answer.body.replace(/(Data=)([^&]*)$/, (_all, name: string, data: string) => {
    return `${name}${data.slice(0, data.length - 3)}`;
  });
  return { ...answer, body };
}
