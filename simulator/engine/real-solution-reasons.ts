/**
 * Why Real Solution declines a credit check: its own code (CodeExt, n..10)
 * and text (ErrorText, ans..256). Real Solution's catalogue is not public;
 * these values are the simulator's, stable so tests can assert them. Texts
 * stay ASCII so every client's charset reads them alike.
 */
export interface DeclineReason {
  readonly codeExt: string;
  readonly errorText: string;
}

export const LIMIT_EXCEEDED: DeclineReason = {
  codeExt: '2001',
  errorText: 'Kreditlimit ueberschritten',
};

export const BANK_ACCOUNT_MISSING: DeclineReason = {
  codeExt: '2002',
  errorText: 'Lastschrift ohne Bankverbindung (IBAN) nicht moeglich',
};
