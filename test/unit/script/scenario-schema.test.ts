import { describe, expect, it } from 'vitest';
import { faultSchema } from '../../../simulator/faults/fault-schema.js';
import { ruleWarnings } from '../../../simulator/script/check-rules.js';
import { scenarioRuleSchema } from '../../../simulator/script/scenario-schema.js';

function problems(input: unknown): string[] {
  const parsed = scenarioRuleSchema.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the scenario rule schema', () => {
  it('accepts the admin example and fills in priority and an empty match', () => {
    const rule = scenarioRuleSchema.parse({ respond: { code: '22010012' }, times: 1 });
    expect(rule).toMatchObject({ priority: 0, match: {}, respond: { code: '22010012' }, times: 1 });
  });

  it('reads codes in either case and keeps them upper-case', () => {
    const rule = scenarioRuleSchema.parse({ respond: { code: '2201abcd' } });
    expect(rule.respond?.code).toBe('2201ABCD');
  });

  it('names the field of a malformed code', () => {
    expect(problems({ respond: { code: '2201' } })).toEqual([
      'respond.code: expected 8 characters S MMM PPPP (digits or letters)',
    ]);
  });

  it('wants either code or key in a respond', () => {
    expect(problems({ respond: {} })).toEqual(['respond: expected either code or key']);
    expect(problems({ respond: { code: '22010012', key: 'ok' } })).toHaveLength(1);
  });

  it('rejects unknown fields by name', () => {
    expect(problems({ respnd: { code: '22010012' } }).join()).toContain('respnd');
  });

  it('wants an outcome', () => {
    expect(problems({ match: { eventToken: 'BC' } })).toEqual([
      ': expected respond, fault, pass or sequence',
    ]);
  });

  it('keeps a sequence apart from a single outcome', () => {
    expect(problems({ respond: { key: 'ok' }, sequence: [{ pass: true }] })).toEqual([
      'sequence: a sequence replaces pass, respond and fault; give one or the other',
    ]);
    expect(problems({ sequence: [] })).toHaveLength(1);
  });

  it('lets pass take latency but no answer-replacing fault', () => {
    expect(problems({ pass: true, fault: { latencyMs: 10 } })).toEqual([]);
    expect(problems({ sequence: [{ pass: true, fault: 'reset' }] })).toEqual([
      'sequence.0.fault: pass takes latencyMs only; other faults replace the answer',
    ]);
  });

  it('rejects a regular expression that does not compile, naming the field', () => {
    expect(problems({ match: { fields: { LastName: '(' } }, pass: true })[0]).toMatch(
      /^match\.fields\.LastName: not a valid RE2 regular expression/,
    );
  });

  it('refuses EventTokens, RequestReasons and PayTypes the reference lacks', () => {
    expect(problems({ match: { eventToken: 'XX' }, pass: true })).toEqual([
      'match.eventToken: unknown EventToken "XX"; expected one of BC, DC, OC, UP, OS',
    ]);
    expect(problems({ match: { requestReason: ['ZA', 'ZZ'] }, pass: true })[0]).toMatch(
      /^match\.requestReason: unknown RequestReason "ZZ"/,
    );
    expect(problems({ match: { payType: 'DD' }, pass: true })[0]).toMatch(
      /^match\.payType: unknown PayType; expected one of EDD,/,
    );
    const fine = { eventToken: ['bc', 'UP'], requestReason: 'za', payType: 'EDD' };
    expect(problems({ match: { ...fine, fields: { lastname: '^T' } }, pass: true })).toEqual([]);
  });

  it('takes field names the reference lacks, with a warning that names them', () => {
    const rule = scenarioRuleSchema.parse({
      match: { fields: { LastNmae: '^T', lastname: '^T' } },
      pass: true,
    });
    expect(ruleWarnings(rule)).toEqual([
      'match.fields.LastNmae: no parameter of the reference; matches only calls that send this very name',
    ]);
  });

  it('checks amount ranges and times', () => {
    expect(problems({ match: { amount: { min: 5, max: 1 } }, pass: true })).toEqual([
      'match.amount: min must not be above max',
    ]);
    expect(problems({ pass: true, times: 0 })).toHaveLength(1);
    expect(problems({ pass: true, times: 'always' })).toEqual([]);
  });
});

describe('the fault schema', () => {
  it('reads the shorthand of kinds without settings', () => {
    expect(faultSchema.parse('reset')).toEqual({ reset: true });
    expect(faultSchema.parse('badMac')).toEqual({ badMac: true });
  });

  it('combines latency with one kind, not two kinds', () => {
    expect(faultSchema.safeParse({ latencyMs: 5, http: 503 }).success).toBe(true);
    expect(faultSchema.safeParse({ reset: true, garbled: true }).success).toBe(false);
    expect(faultSchema.safeParse({}).success).toBe(false);
  });

  it('limits HTTP statuses to errors and times to ten minutes', () => {
    expect(faultSchema.safeParse({ http: 200 }).success).toBe(false);
    expect(faultSchema.safeParse({ timeout: { hangMs: 600_001 } }).success).toBe(false);
    expect(faultSchema.safeParse({ latencyMs: { min: 9, max: 3 } }).success).toBe(false);
  });
});
