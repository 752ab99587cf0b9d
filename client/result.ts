import type { Catalogue } from '../protocol/codes/catalogue.js';
import { findField } from '../protocol/plaintext.js';
import { type CodeInfo, describeCode } from './code-info.js';

/**
 * One decoded, authenticated answer of the Paygate. It holds the result
 * parameters only: nothing of the request (no address, IBAN or birth date) is
 * echoed back into it, so logging or storing a result cannot leak them.
 */
export interface PaygateResult {
  /** `true` when Status is `OK`, or `AUTHORIZED` (a card or PayPal payment authorized, not captured). */
  readonly ok: boolean;
  readonly status: 'OK' | 'AUTHORIZED' | 'FAILED' | (string & {});
  /** The 8-digit response code; only `00000000` means success. */
  readonly code: string;
  /** The code split into its parts, with the catalogue text when known; null when unparseable. */
  readonly codeInfo: CodeInfo | null;
  /** Free text of the gateway; evaluate `code`, not this. */
  readonly description: string;
  readonly merchantId: string | undefined;
  readonly payId: string | undefined;
  readonly xid: string | undefined;
  readonly transId: string | undefined;
  readonly refNr: string | undefined;
  /** ID of the Real Solution answer (`ReferenzID`). */
  readonly referenzId: string | undefined;
  /** Error code of Real Solution (`CodeExt`). */
  readonly codeExt: string | undefined;
  /** Error text of Real Solution (`ErrorText`). */
  readonly errorText: string | undefined;
  /** Payment calls: the amounts `inquire.aspx` reports (cents), and its last status. */
  readonly amounts?: {
    readonly authorized: number;
    readonly captured: number;
    readonly credited: number;
    readonly lastStatus: string | undefined;
  };
  /** Card payments: the pseudo card number to keep instead of the number, brand and expiry. */
  readonly card?: {
    readonly pcnr: string | undefined;
    readonly brand: string | undefined;
    readonly expiry: string | undefined;
  };
  /** Every decrypted answer parameter as sent by the gateway (names as sent). */
  readonly raw: Readonly<Record<string, string>>;
}

/** What an ERP needs to keep of a call: the references, never personal data. */
export interface StorableResult {
  readonly payId: string | undefined;
  readonly xid: string | undefined;
  readonly transId: string | undefined;
  readonly refNr: string | undefined;
  readonly status: string;
  readonly code: string;
}

/**
 * Builds a result from decrypted answer parameters, read in any case (the
 * gateway may send `PayID` or `payid`).
 */
export function toResult(
  fields: Readonly<Record<string, string>>,
  catalogue?: Catalogue,
): PaygateResult {
  const pick = (name: string) => findField(fields, name);
  const status = pick('Status') ?? '';
  const code = pick('Code') ?? '';
  const amountAuth = pick('AmountAuth');
  const pcnr = pick('PCNr');
  return {
    ok: status === 'OK' || status === 'AUTHORIZED',
    status,
    code,
    codeInfo: describeCode(code, catalogue),
    description: pick('Description') ?? '',
    merchantId: pick('MID'),
    payId: pick('PayID'),
    xid: pick('XID'),
    transId: pick('TransID'),
    refNr: pick('RefNr'),
    referenzId: pick('ReferenzID'),
    codeExt: pick('CodeExt'),
    errorText: pick('ErrorText'),
    ...(amountAuth === undefined
      ? {}
      : {
          amounts: {
            authorized: Number(amountAuth),
            captured: Number(pick('AmountCap') ?? 0),
            credited: Number(pick('AmountCred') ?? 0),
            lastStatus: pick('LastStatus'),
          },
        }),
    ...(pcnr === undefined
      ? {}
      : { card: { pcnr, brand: pick('CCBrand'), expiry: pick('CCExpiry') } }),
    raw: Object.freeze({ ...fields }),
  };
}

/**
 * The part of a result an ERP should persist.
 * @example
 * const result = await client.creditCheck(input);
 * await db.save(order.id, toStorable(result)); // PayID, XID, TransID, RefNr, Status, Code
 */
export function toStorable(result: PaygateResult): StorableResult {
  const { payId, xid, transId, refNr, status, code } = result;
  return { payId, xid, transId, refNr, status, code };
}
