import { COMMITTED_PACT } from '../pact-files.js';
import { SIMULATOR_KEYS } from '../provider/provider-keys.js';
import { simulatorStateHandlers } from '../provider/simulator-states.js';
import { pactSubset, verifyPact } from '../provider/verify-pact.js';

/**
 * Verifies the named interactions of a pact (default: the committed one)
 * against a simulator at `target`; `admin` is where its `/__sim/` API is
 * (the simulator itself, when `target` is a proxy in front of it).
 */
export function verifySubset(
  descriptions: readonly string[],
  target: string,
  options: { admin?: string; pactFile?: string } = {},
): Promise<string> {
  const subset = pactSubset(options.pactFile ?? COMMITTED_PACT, (i) =>
    descriptions.includes(i.description),
  );
  if (subset.kept.length !== descriptions.length) {
    throw new Error(
      `pact lacks some of: ${descriptions.join('; ')} (found ${subset.kept.join('; ')})`,
    );
  }
  return verifyPact({
    pactFiles: [subset.file],
    target,
    keys: SIMULATOR_KEYS,
    stateHandlers: simulatorStateHandlers(options.admin ?? target, SIMULATOR_KEYS),
  });
}
