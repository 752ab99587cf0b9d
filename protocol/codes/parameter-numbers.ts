import { type ParameterName, parameterNames, parameters } from '../reference/parameters.js';

// The dictionary keeps numbers unique; the reverse index is built once, on first use.
let byNumber: ReadonlyMap<number, ParameterName> | undefined;

/** The parameter whose dictionary number is `number`, if any. */
export function parameterByNumber(number: number): ParameterName | undefined {
  byNumber ??= new Map(parameterNames.map((name) => [parameters[name].number, name]));
  return byNumber.get(number);
}

/** The dictionary number (`PPPP`) of a parameter. */
export function numberOf(name: ParameterName): number {
  return parameters[name].number;
}
