import type { ParameterEntry } from './def.js';

/**
 * Parameters the seed leaves out but paygate-protocol.md documents for the
 * whole Paygate. They take numbers from 901 up, apart from the seed's.
 */
export const protocolDocParameters = {
  ReqId: {
    number: 901,
    format: 'ans..32',
    source: 'protocol-doc',
    de: 'Idempotenz-Schlüssel: eine Wiederholung mit gleicher ReqId liefert das erste Ergebnis',
    en: 'Idempotency key: a resubmission with the same ReqId returns the original result',
  },
} as const satisfies Record<string, ParameterEntry>;
