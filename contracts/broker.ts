/** Where a Pact Broker is and who this run is, from the standard PACT_* variables. */
export interface BrokerSettings {
  readonly url: string;
  readonly username: string | undefined;
  readonly password: string | undefined;
  /** Version of the provider build whose verification results get published. */
  readonly providerVersion: string;
  readonly providerBranch: string | undefined;
  readonly providerTag: string | undefined;
}

/**
 * The broker settings when `PACT_BROKER_BASE_URL` and `PACT_PROVIDER_VERSION`
 * are set, else `undefined` (no broker: verify the committed pact only).
 *
 * @example
 * brokerFromEnv({ PACT_BROKER_BASE_URL: 'http://127.0.0.1:9292', PACT_PROVIDER_VERSION: 'abc123' });
 */
export function brokerFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): BrokerSettings | undefined {
  const read = (name: string) => (env[name] ? env[name] : undefined);
  const url = read('PACT_BROKER_BASE_URL');
  const providerVersion = read('PACT_PROVIDER_VERSION');
  if (!url || !providerVersion) return undefined;
  return {
    url,
    username: read('PACT_BROKER_USERNAME'),
    password: read('PACT_BROKER_PASSWORD'),
    providerVersion,
    providerBranch: read('PACT_PROVIDER_BRANCH'),
    providerTag: read('PACT_PROVIDER_TAG'),
  };
}
