/** The actions of the Real Debitorenmanagement interface (seed: EventToken). */
export type EventToken = 'BC' | 'DC' | 'OC' | 'UP' | 'OS';

/**
 * A request that already passed decoding, MAC check and format validation.
 * `fields` uses the canonical parameter names of the seed (`TransID`,
 * `Amount`, `InvoiceNr`, ...); every value is a string.
 */
export interface EngineRequest {
  merchantId: string;
  fields: Readonly<Record<string, string>>;
}

/**
 * What the engine decided. On success `result` holds PayID, XID and
 * ReferenzID; the pipeline adds MID, TransID, RefNr, Status, Code and
 * Description. On failure `codeKey` names a response-code catalogue entry and
 * `result` may carry PayID, XID, ReferenzID, CodeExt and ErrorText.
 */
export type EngineOutcome =
  | { ok: true; result: Record<string, string> }
  | { ok: false; codeKey: string; description: string; result?: Record<string, string> };

export interface Engine {
  handle(request: EngineRequest): EngineOutcome;
}
