import type { Catalogue } from '../../protocol/codes/index.js';
import { magicVerdict } from './magic-values.js';
import type { ScenarioBook } from './scenario-book.js';
import { isDecision, type ScriptStage } from './stage.js';

/**
 * The simulator's script stage: scenario rules first, then the magic values
 * of the request. A rule that passes (`pass`, latency only) means "behave
 * normally", and normally includes the magic values; its latency stays.
 *
 * @example
 * const stage = scenarioStage(createScenarioBook({ catalogue }), catalogue);
 * stage({ merchantId, fields: { ...bc, OrderDesc: 'Test:0012' }, clock }) // credit declined
 */
export function scenarioStage(book: ScenarioBook, catalogue: Catalogue): ScriptStage {
  return ({ merchantId, call, fields, sent, customerId }) => {
    const fired = book.fire({ merchantId, call, fields: sent ?? fields, customerId });
    if (isDecision(fired)) return fired;
    const magic = magicVerdict(fields, catalogue);
    if (fired === undefined) return magic;
    if (!isDecision(magic)) return fired;
    // The rule passed and a magic value decides; the rule's latency still applies.
    const fault = fired.scenario?.fault;
    return fault && magic.scenario ? { ...magic, scenario: { ...magic.scenario, fault } } : magic;
  };
}
