import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PactV4 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import type { PaygateError } from '../../client/index.js';
import { catalogue } from '../../protocol/codes/index.js';
import { COMMITTED_PACT, CONSUMER, freshPactDir, PROVIDER, pactFileName } from '../pact-files.js';
import { contractCases } from './cases/index.js';
import { interact } from './interact.js';

// A fresh directory: Pact merges into an existing file, which would keep
// interactions this suite no longer has.
const dir = freshPactDir('consumer');
const pact = new PactV4({ consumer: CONSUMER, provider: PROVIDER, dir, logLevel: 'warn' });

describe('the Paygate client against the Paygate contract', () => {
  for (const c of contractCases) {
    // Pact's mock server now and then reports a request the bridge sent it as "expected but
    // not received" (seen about once in ten runs, on the partial-capture interaction, with
    // kept-alive and with fresh connections alike; cause not found). A second try records the
    // interaction as the first would; a real mismatch fails every try.
    it(`handles ${c.description}`, { retry: 2 }, async () => {
      const outcome = await interact(pact, c);
      const code = catalogue.get(c.outcome).code;
      if (c.error) {
        expect(outcome.error).toBeInstanceOf(c.error);
        expect((outcome.error as PaygateError & { code?: string }).code).toBe(code);
      } else {
        expect(outcome.error).toBeUndefined();
        expect(outcome.result).toMatchObject({ ok: true, code });
      }
    });
  }

  it('generates exactly the pact committed in contracts/pacts', () => {
    const generated = join(dir, pactFileName());
    if (process.env.UPDATE_PACTS === '1') copyFileSync(generated, COMMITTED_PACT);
    const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
    // On a difference: the client's contract changed. Review, then UPDATE_PACTS=1 npx vitest run contracts/consumer
    expect(read(generated), `generated: ${generated}`).toEqual(read(COMMITTED_PACT));
  });
});
