import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Verifier, type VerifierOptions } from '@pact-foundation/pact';
import type { MerchantKeys } from '../../protocol/wire.js';
import { startProviderBridge } from '../bridge/provider-bridge.js';
import type { BrokerSettings } from '../broker.js';
import { freshPactDir, PROVIDER, readPact } from '../pact-files.js';

/** State name -> setup function, as Pact's verifier takes them. */
export type StateHandlers = NonNullable<VerifierOptions['stateHandlers']>;

export interface VerifyOptions {
  /** Local pact files; or, with `broker`, none: the broker's pacts are verified. */
  readonly pactFiles: readonly string[];
  /** Fetch the pacts from a broker and publish the verification results there. */
  readonly broker?: BrokerSettings;
  /** The provider's base URL: the simulator or the live Paygate. */
  readonly target: string;
  readonly keys: MerchantKeys;
  readonly stateHandlers: StateHandlers;
  readonly transIdSuffix?: string;
}

/**
 * Verifies pacts against a real provider through the provider bridge.
 * Resolves when every interaction holds; rejects with Pact's report otherwise.
 */
export async function verifyPact(options: VerifyOptions): Promise<string> {
  const bridge = await startProviderBridge({
    target: options.target,
    keys: options.keys,
    ...(options.transIdSuffix ? { transIdSuffix: options.transIdSuffix } : {}),
  });
  const stateFailures: string[] = [];
  const stateError = (pactOutcome: string) =>
    new Error(
      `provider state setup failed:\n${stateFailures.map((f) => `  - ${f}`).join('\n')}\n${pactOutcome}`,
    );
  let report: string;
  try {
    report = await new Verifier({
      provider: PROVIDER,
      providerBaseUrl: bridge.url,
      stateHandlers: watchStates(options.stateHandlers, stateFailures),
      logLevel: 'warn',
      ...(options.broker ? brokerOptions(options.broker) : { pactUrls: [...options.pactFiles] }),
    }).verifyProvider();
  } catch (error) {
    // Pact reports only the interaction that then failed; the cause went to stdout.
    if (stateFailures.length === 0) throw error;
    throw Object.assign(stateError(String(error)), { cause: error });
  } finally {
    await bridge.close();
  }
  // Pact logs a failed state handler and verifies on: an interaction may then
  // pass against whatever state was left, which proves nothing.
  if (stateFailures.length > 0) throw stateError('(Pact verified on without the state)');
  return report;
}

/** The handlers, each recording why it failed before Pact swallows the reason. */
export function watchStates(handlers: StateHandlers, failures: string[]): StateHandlers {
  return Object.fromEntries(
    Object.entries(handlers).map(([name, handler]) => {
      if (typeof handler !== 'function') return [name, handler];
      const watched = async (params?: unknown) => {
        try {
          return await handler(params as never);
        } catch (error) {
          failures.push(`'${name}': ${error instanceof Error ? error.message : String(error)}`);
          throw error;
        }
      };
      return [name, watched];
    }),
  ) as StateHandlers;
}

/** Verifier options that fetch pacts from the broker and publish the results. */
function brokerOptions(broker: BrokerSettings): Partial<VerifierOptions> {
  return {
    pactBrokerUrl: broker.url,
    ...(broker.username ? { pactBrokerUsername: broker.username } : {}),
    ...(broker.password ? { pactBrokerPassword: broker.password } : {}),
    consumerVersionSelectors: [{ latest: true }],
    publishVerificationResult: true,
    providerVersion: broker.providerVersion,
    ...(broker.providerBranch ? { providerVersionBranch: broker.providerBranch } : {}),
    ...(broker.providerTag ? { providerVersionTags: [broker.providerTag] } : {}),
  };
}

/**
 * A copy of a pact holding only the interactions `keep` accepts, in a fresh
 * directory; for runs that cannot (live) or need not (drift) verify them all.
 */
export function pactSubset(
  pactFile: string,
  keep: (interaction: { description: string; providerStates?: Array<{ name: string }> }) => boolean,
): { file: string; kept: string[]; left: string[] } {
  const pact = readPact(pactFile);
  const kept = pact.interactions.filter(keep);
  const left = pact.interactions.filter((i) => !kept.includes(i)).map((i) => i.description);
  const file = join(freshPactDir('subset'), 'subset.json');
  writeFileSync(file, JSON.stringify({ ...pact, interactions: kept }, null, 2));
  return { file, kept: kept.map((i) => i.description), left };
}
