import type { Express } from 'express';
import request from 'supertest';
import type { KnownKey } from '../../protocol/codes/index.js';
import {
  createApp,
  createParts,
  type PartOverrides,
  type SimulatorParts,
} from '../../simulator/app.js';
import type { MerchantInput } from '../../simulator/config/merchant-schema.js';
import type { SimulatorOptions } from '../../simulator/config/simulator-config.js';
import { BLOWFISH_MERCHANT, keysOf, testConfig } from './merchants.js';
import { type SendOptions, sendCall, type WireAnswer } from './wire.js';

/** A simulator app for one test file, driven through the encrypted wire like a live client. */
export interface TestSimulator {
  readonly app: Express;
  readonly parts: SimulatorParts;
  /** Encrypts `fields` for `merchant` (default: the Blowfish merchant) and posts them. */
  call(
    fields: Readonly<Record<string, string | undefined>>,
    options?: CallOptions,
  ): Promise<WireAnswer>;
  /** The 8-digit code of a catalogue key, to compare answers against. */
  code(key: KnownKey | (string & {})): string;
  /** supertest against the app, for the admin API. */
  admin(): ReturnType<typeof request>;
  /** A TransID never used before in this simulator. */
  transId(): string;
}

export interface CallOptions extends SendOptions {
  readonly merchant?: MerchantInput;
}

export function createTestSimulator(options: SimulatorOptions & PartOverrides = {}): TestSimulator {
  const { store, script, logger, ...configOptions } = options;
  const config = testConfig(configOptions);
  const overrides = Object.fromEntries(
    Object.entries({ store, script, logger }).filter(([, value]) => value !== undefined),
  );
  const parts = createParts(config, overrides);
  const app = createApp(config, parts);
  let transIds = 0;
  return {
    app,
    parts,
    call: (fields, callOptions = {}) =>
      sendCall(app, fields, keysOf(callOptions.merchant ?? BLOWFISH_MERCHANT), callOptions),
    code(key) {
      const entry = parts.catalogue.byKey(key);
      if (!entry) throw new Error(`no catalogue entry ${key}`);
      return entry.code;
    },
    admin: () => request(app),
    transId: () => {
      transIds += 1;
      return `TID-T${String(transIds).padStart(6, '0')}`;
    },
  };
}
