/**
 * What travels between the two bridges, through the Pact mock server and the
 * verifier: plaintext fields as JSON, marked so nobody mistakes it for the
 * Paygate's own wire format.
 */
export const BRIDGE_HEADER = 'X-Paygate-Bridge';
export const BRIDGE_PLAINTEXT = 'plaintext';

/**
 * Asks the provider bridge to sign the request with a wrong MAC, for the one
 * interaction that pins down the Paygate's answer to a MAC mismatch (the real
 * client never sends one, and the consumer bridge rejects one).
 */
export const MAC_HEADER = 'X-Paygate-Bridge-Mac';
export const MAC_CORRUPT = 'corrupt';

/** The path every Real Debitorenmanagement call uses, live and simulated. */
export const DEBTOR_PATH = '/debtor.aspx';

/** Headers of a bridged request, as the consumer sends them and the pact records them. */
export function bridgeHeaders(
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return { 'Content-Type': 'application/json', [BRIDGE_HEADER]: BRIDGE_PLAINTEXT, ...extra };
}
