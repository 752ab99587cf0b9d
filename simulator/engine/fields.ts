import type { EngineRequest } from './types.js';

/** A field's value; empty strings count as absent (clients send `Key=` for "nothing"). */
export function field(request: EngineRequest, name: string): string | undefined {
  const value = request.fields[name];
  return value === undefined || value === '' ? undefined : value;
}

/** Amount in the smallest currency unit; the validator guarantees digits (n..10). */
export function amountOf(request: EngineRequest): number {
  return Number.parseInt(field(request, 'Amount') ?? '0', 10);
}

/** ISO 4217 codes are compared upper-case: `eur` and `EUR` name the same currency. */
export function currencyOf(request: EngineRequest): string {
  return (field(request, 'Currency') ?? '').toUpperCase();
}

export function transIdOf(request: EngineRequest): string {
  return field(request, 'TransID') ?? '';
}
