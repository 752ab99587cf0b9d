import { MatchersV3, type PactV4 } from '@pact-foundation/pact';
import { PaygateClient, type PaygateResult, type Transport } from '../../client/index.js';
import { consumerBridge } from '../bridge/consumer-bridge.js';
import { bridgeHeaders } from '../bridge/headers.js';
import type { BodyTemplate } from '../bridge/matchers.js';
import { CONSUMER_KEYS } from '../bridge/merchants.js';
import { answerBody, type ContractCase, pathOf, requestBody, run } from './contract-case.js';

export interface InteractOptions {
  /** Puts something between the client and the bridge (drift tests: a client that renames a field). */
  readonly wrapTransport?: (bridge: Transport) => Transport;
  /** Replaces the expected request derived from the case. */
  readonly requestBody?: BodyTemplate;
}

/** What the client made of the answer: a result, or the error it threw. */
export type ClientOutcome =
  | { result: PaygateResult; error?: undefined }
  | { result?: undefined; error: unknown };

/**
 * Records one case as a Pact interaction and drives the real client through
 * the consumer bridge against Pact's mock. Resolves with what the client did;
 * rejects when the mock saw a request other than the expected one.
 */
export async function interact(
  pact: PactV4,
  c: ContractCase,
  options: InteractOptions = {},
): Promise<ClientOutcome> {
  // What happened on our side, for a failure message that names the cause
  // instead of Pact's bare "expected but not received".
  let sent = false;
  let clientOutcome: ClientOutcome | undefined;
  const bridgeErrors: unknown[] = [];
  const interaction = pact
    .addInteraction()
    .given(c.state.name, { ...c.state.params })
    .uponReceiving(c.description)
    .withRequest('POST', pathOf(c), (request) =>
      request.headers(bridgeHeaders(c.headers)).jsonBody(options.requestBody ?? requestBody(c)),
    )
    .willRespondWith(200, (response) =>
      response
        .headers({ 'Content-Type': MatchersV3.regex('^application/json', 'application/json') })
        .jsonBody(answerBody(c)),
    )
    .executeTest(async (mock) => {
      const bridge = consumerBridge({
        mockUrl: mock.url,
        keys: CONSUMER_KEYS,
        headers: c.headers ?? {},
      });
      const watched: Transport = async (request) => {
        sent = true;
        try {
          return await bridge(request);
        } catch (error) {
          bridgeErrors.push(error);
          throw error;
        }
      };
      const client = new PaygateClient({
        baseUrl: mock.url,
        ...CONSUMER_KEYS,
        env: {},
        transport: options.wrapTransport ? options.wrapTransport(watched) : watched,
      });
      // Never throws: the mock's verdict, not the client's error, decides whether the test passes.
      clientOutcome = await run(client, c).then(
        (result): ClientOutcome => ({ result }),
        (error: unknown): ClientOutcome => ({ error }),
      );
      return clientOutcome;
    });
  let outcome: ClientOutcome | undefined;
  try {
    outcome = await interaction;
  } catch (pactError) {
    throw explain(c, pactError, { sent, clientOutcome, bridgeErrors });
  }
  if (!outcome) throw new Error(`interaction '${c.description}' produced no outcome`);
  return outcome;
}

/**
 * Pact only says what it did not receive; this says why: the client refused
 * to send (its validation error), or the bridge refused what it sent.
 */
export function explain(
  c: Pick<ContractCase, 'description'>,
  pactError: unknown,
  seen: { sent: boolean; clientOutcome?: ClientOutcome; bridgeErrors: readonly unknown[] },
): Error {
  const pactMessage = pactError instanceof Error ? pactError.message : String(pactError);
  const cause = { cause: pactError };
  const bridgeError = seen.bridgeErrors[0];
  if (bridgeError !== undefined) {
    return new Error(
      `'${c.description}': the codec bridge refused what the client sent: ${messageOf(bridgeError)}\n(Pact: ${pactMessage})`,
      cause,
    );
  }
  if (!seen.sent) {
    const why = seen.clientOutcome?.error;
    return new Error(
      `'${c.description}': the client did not send the request${why === undefined ? '' : `: ${messageOf(why)}`}\n(Pact: ${pactMessage})`,
      cause,
    );
  }
  return pactError instanceof Error ? pactError : new Error(pactMessage);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
