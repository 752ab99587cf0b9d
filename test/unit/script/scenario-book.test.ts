import { describe, expect, it } from 'vitest';
import { catalogue as builtIn } from '../../../protocol/codes/index.js';
import { createScenarioBook } from '../../../simulator/script/scenario-book.js';
import {
  type ScenarioRuleInput,
  scenarioRuleSchema,
} from '../../../simulator/script/scenario-schema.js';
import { withScriptedCodes } from '../../../simulator/script/scripted-codes.js';

const catalogue = withScriptedCodes(builtIn);
const rules = (...inputs: ScenarioRuleInput[]) =>
  inputs.map((input) => scenarioRuleSchema.parse(input));
const call = (fields: Record<string, string> = { EventToken: 'BC' }) => ({
  merchantId: 'shop',
  fields,
});

describe('the scenario book', () => {
  it('answers once by default for API rules, then lets calls through', () => {
    const book = createScenarioBook({ catalogue });
    const added = book.add(rules({ match: { eventToken: 'BC' }, respond: { code: '22010012' } }));
    expect(added.ok && added.views[0]).toMatchObject({ id: 's1', times: 1, remaining: 1, hits: 0 });
    expect(book.fire(call())).toEqual({
      codeKey: 'business.credit-declined',
      scenario: { id: 's1' },
    });
    expect(book.fire(call())).toBeUndefined();
    expect(book.get('s1')).toMatchObject({ remaining: 0, hits: 1 });
  });

  it('keeps start-up rules standing and restores them with fresh counts on reset', () => {
    const book = createScenarioBook({
      catalogue,
      startup: rules({ id: 'decline', respond: { key: 'business.credit-declined' } }),
    });
    book.fire(call());
    book.fire(call());
    book.add(rules({ respond: { key: 'ok' } }));
    expect(book.get('decline')).toMatchObject({ source: 'startup', remaining: 'always', hits: 2 });
    book.reset();
    expect(book.list()).toEqual([expect.objectContaining({ id: 'decline', hits: 0 })]);
  });

  it('asks rules by priority, then by age', () => {
    const book = createScenarioBook({ catalogue });
    book.add(
      rules(
        { id: 'old', respond: { code: '22010001' }, times: 'always' },
        { id: 'new', respond: { code: '22010002' }, times: 'always' },
        { id: 'urgent', priority: 5, match: { eventToken: 'OC' }, respond: { code: '22010003' } },
      ),
    );
    expect(book.fire(call())).toMatchObject({ scenario: { id: 'old' } });
    expect(book.fire(call({ EventToken: 'OC' }))).toMatchObject({ scenario: { id: 'urgent' } });
    expect(book.list().map((rule) => rule.id)).toEqual(['urgent', 'old', 'new']);
  });

  it('walks a sequence call by call and repeats it while uses remain', () => {
    const book = createScenarioBook({ catalogue });
    book.add(
      rules({ sequence: [{ respond: { code: '22010012' } }, { pass: true }], times: 'always' }),
    );
    const verdicts = [1, 2, 3].map(() => book.fire(call()));
    expect(verdicts).toEqual([
      { codeKey: 'business.credit-declined', scenario: { id: 's1' } },
      { pass: true, scenario: { id: 's1' } },
      { codeKey: 'business.credit-declined', scenario: { id: 's1' } },
    ]);
  });

  it('gives an API sequence as many uses as it has steps', () => {
    const book = createScenarioBook({ catalogue });
    book.add(rules({ sequence: [{ fault: 'reset' }, { pass: true }] }));
    expect(book.get('s1')?.times).toBe(2);
  });

  it('answers faults without respond with OK, unencrypted ones with internal.error', () => {
    const book = createScenarioBook({ catalogue, random: () => 0 });
    book.add(
      rules(
        { id: 'mac', fault: 'badMac' },
        { id: 'plain', fault: { unencrypted: true, latencyMs: { min: 7, max: 9 } } },
        { id: 'slow', fault: { latencyMs: 20 } },
      ),
    );
    expect(book.fire(call())).toMatchObject({
      codeKey: 'ok',
      scenario: { fault: { failure: { kind: 'badMac' } } },
    });
    expect(book.fire(call())).toMatchObject({
      codeKey: 'internal.error',
      scenario: { fault: { delayMs: 7, failure: { kind: 'unencrypted' } } },
    });
    expect(book.fire(call())).toEqual({
      pass: true,
      scenario: { id: 'slow', fault: { delayMs: 20 } },
    });
  });

  it('refuses unknown catalogue keys and taken ids, adding none of the batch', () => {
    const book = createScenarioBook({ catalogue });
    book.add(rules({ id: 'a', pass: true }));
    const unknownKey = book.add(rules({ pass: true }, { respond: { key: 'business.nope' } }));
    expect(unknownKey).toMatchObject({
      ok: false,
      index: 1,
      conflict: false,
      problem: { path: ['respond', 'key'] },
    });
    const taken = book.add(rules({ id: 'a', pass: true }));
    expect(taken).toMatchObject({ ok: false, conflict: true, problem: { path: ['id'] } });
    expect(book.list()).toHaveLength(1);
  });

  it('answers codes the catalogue lacks with the Status of their S digit', () => {
    const book = createScenarioBook({ catalogue });
    book.add(
      rules(
        { respond: { code: '2201ABCD' } },
        { respond: { code: '0000FFFF', description: 'Pending review' } },
        {
          respond: {
            code: '22010012',
            status: 'OK',
            codeExt: '7',
            errorText: 'x',
            referenzId: 'R1',
          },
        },
      ),
    );
    const first = book.fire(call());
    expect(first).toMatchObject({ codeKey: 'scripted:2201ABCD:FAILED' });
    expect(catalogue.byKey('scripted:2201ABCD:FAILED')).toMatchObject({
      code: '2201ABCD',
      status: 'FAILED',
    });
    expect(book.fire(call())).toMatchObject({
      codeKey: 'scripted:0000FFFF:OK',
      description: 'Pending review',
    });
    expect(book.fire(call())).toMatchObject({
      codeKey: 'scripted:22010012:OK',
      description: 'Credit check declined by Real Solution',
      result: { CodeExt: '7', ErrorText: 'x', ReferenzID: 'R1' },
    });
  });

  it('deletes one rule or all of them', () => {
    const book = createScenarioBook({ catalogue });
    book.add(rules({ pass: true }, { pass: true }));
    expect(book.remove('s1')).toBe(true);
    expect(book.remove('s1')).toBe(false);
    expect(book.clear()).toBe(1);
    expect(book.list()).toEqual([]);
  });
});
