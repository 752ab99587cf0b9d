import {
  addressParameters,
  deliveryAddressParameters,
  previousAddressParameters,
} from './parameters/address.js';
import { bankParameters } from './parameters/bank.js';
import { customerParameters } from './parameters/customer.js';
import type { ParameterDef } from './parameters/def.js';
import { invoiceParameters } from './parameters/invoice.js';
import { paymentParameters } from './parameters/payment.js';
import { protocolDocParameters } from './parameters/protocol-doc.js';
import { resultParameters } from './parameters/result.js';
import { transactionParameters } from './parameters/transaction.js';

export type { Label, ParameterDef } from './parameters/def.js';

const entries = {
  ...transactionParameters,
  ...customerParameters,
  ...addressParameters,
  ...previousAddressParameters,
  ...deliveryAddressParameters,
  ...bankParameters,
  ...invoiceParameters,
  ...resultParameters,
  ...protocolDocParameters,
  ...paymentParameters,
} as const;

/** Every parameter name of the seed's request and result tables, plus ReqId. */
export type ParameterName = keyof typeof entries;

/**
 * The dictionary with its literal types (enum values, formats) kept, for the
 * client's input types. Code that reads values uses `parameters`.
 */
export type ParameterLiterals = typeof entries;

/**
 * The dictionary: every parameter of the seed, keyed by its exact spelling.
 *
 * @example
 * parameters.IBAN.sensitive;  // true
 * parameters.AddrZIP.format;  // 'ans..5'
 * parameters.Currency.number; // 4 (PPPP '0004' in response codes)
 */
export const parameters = Object.fromEntries(
  Object.entries(entries).map(([name, entry]) => [name, { name, ...entry }]),
) as Readonly<Record<ParameterName, ParameterDef>>;

/** All names, in dictionary order. */
export const parameterNames = Object.keys(entries) as ParameterName[];

const byLowerCase = new Map<string, ParameterName>(
  parameterNames.map((name) => [name.toLowerCase(), name]),
);

/**
 * Finds a parameter whatever the letter case; the seed warns that names may
 * come in upper or lower case, and live clients send both `MAC` and `Mac`.
 *
 * @example
 * canonicalName('addrzip');  // 'AddrZIP'
 * canonicalName('MAC');      // 'MAC'
 * canonicalName('Unknown');  // undefined
 */
export function canonicalName(anyCase: string): ParameterName | undefined {
  return byLowerCase.get(anyCase.toLowerCase());
}

/**
 * The PPPP part of a response code: the parameter number as four digits.
 *
 * @example
 * parameterCode('Amount'); // '0003'
 */
export function parameterCode(name: ParameterName): string {
  return String(parameters[name].number).padStart(4, '0');
}

/**
 * The definition of a name, for code that holds a ParameterName.
 *
 * @example
 * parameterDef('IBAN').sensitive; // true
 */
export function parameterDef(name: ParameterName): ParameterDef {
  return parameters[name];
}
