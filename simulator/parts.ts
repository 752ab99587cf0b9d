import { catalogue as builtInCatalogue, type Catalogue } from '../protocol/codes/index.js';
import { type ResettableIds, resettableIds } from './admin/resettable-ids.js';
import { type SimulatorClock, simulatorClock } from './admin/simulator-clock.js';
import type { SimulatorConfig } from './config/simulator-config.js';
import { createEngine, type Engine } from './engine/index.js';
import { createHeldCalls, type HeldCalls } from './faults/held-calls.js';
import { createNotifier, type Notifier } from './interfaces/hosted/notifier.js';
import { createHostedSessions, type HostedSessions } from './interfaces/hosted/sessions.js';
import { type CallRates, createCallRates } from './journal/call-rates.js';
import { createJournal, type Journal } from './journal/journal.js';
import { createLogger, type Logger } from './log/logger.js';
import { createMerchantRegistry, type MerchantRegistry } from './merchants/registry.js';
import { createReplayMemory, type ReplayMemory } from './replay/req-id.js';
import { createScenarioBook, type ScenarioBook } from './script/scenario-book.js';
import { scenarioStage } from './script/scenario-stage.js';
import { withScriptedCodes } from './script/scripted-codes.js';
import { firstDecision, type ScriptStage } from './script/stage.js';
import { openStore } from './store/open-store.js';
import type { Store, StorePressure } from './store/store.js';

/** Everything a running simulator holds; tests and the admin API reach state through these. */
export interface SimulatorParts {
  readonly config: SimulatorConfig;
  readonly merchants: MerchantRegistry;
  readonly catalogue: Catalogue;
  readonly store: Store;
  readonly clock: SimulatorClock;
  readonly ids: ResettableIds;
  readonly engine: Engine;
  readonly replay: ReplayMemory;
  readonly journal: Journal;
  readonly logger: Logger;
  readonly script: ScriptStage;
  /** Scenario rules (decision 008): start-up ones and those added through `/__sim/scenarios`. */
  readonly scenarios: ScenarioBook;
  /** Calls a fault holds open; `close()` releases them. */
  readonly held: HeldCalls;
  /** Calls per merchant, for `/__sim/health`. */
  readonly rates: CallRates;
  /** Customers on a hosted payment page (payssl.aspx, paypal.aspx) who have not finished. */
  readonly hosted: HostedSessions;
  /** URLNotify posts of finished hosted pages, with their retries. */
  readonly notifier: Notifier;
}

/** Parts a caller may swap: a scripted stage, a logger that collects lines, another store. */
export interface PartOverrides {
  readonly store?: Store;
  readonly script?: ScriptStage;
  readonly logger?: Logger;
}

/** Builds the parts from a config; every stage can be swapped through `overrides`. */
export function createParts(
  config: SimulatorConfig,
  overrides: PartOverrides = {},
): SimulatorParts {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const store =
    overrides.store ??
    openStore(config.store, {
      maxPaymentsPerMerchant: config.maxPayments,
      maxAnswersPerMerchant: config.reqIdMemory,
      onPressure: (pressure) => logger.warn(pressureMessage[pressure.kind], { ...pressure }),
    });
  const merchants = createMerchantRegistry(config.merchants);
  const clock = simulatorClock(config.clockStart);
  const ids = resettableIds(config.seed, (payId) => store.payIdInUse(payId));
  const engine = createEngine({
    store,
    ids,
    clock,
    ...(config.creditLimit === undefined ? {} : { defaultCreditLimit: config.creditLimit }),
    creditLimits: [
      ...(config.creditLimits ?? []),
      ...config.merchants.flatMap(({ merchantId, creditLimit }) =>
        creditLimit === undefined ? [] : [{ merchantId, limit: creditLimit }],
      ),
    ],
  });
  // Scenarios may answer codes the catalogue lacks, through `scripted:` keys (decision 008).
  const codes = withScriptedCodes(
    config.codeOverrides ? builtInCatalogue.withOverrides(config.codeOverrides) : builtInCatalogue,
  );
  const journal = createJournal(config.journalSize);
  const scenarios = createScenarioBook({ startup: config.scenarios, catalogue: codes });
  const scenarioScript = scenarioStage(scenarios, codes);
  for (const { id, warnings } of scenarios.list()) {
    if (warnings)
      logger.warn('scenario rule may never match', { id, warning: warnings.join('; ') });
  }
  return {
    config,
    merchants,
    catalogue: codes,
    store,
    clock,
    ids,
    engine,
    replay: createReplayMemory(store),
    journal,
    logger,
    // A swapped-in stage is asked first; scenarios and magic values still follow it.
    script: overrides.script ? firstDecision(overrides.script, scenarioScript) : scenarioScript,
    scenarios,
    held: createHeldCalls(),
    hosted: createHostedSessions(),
    notifier: createNotifier({ delaysMs: config.notifyDelaysMs, journal, logger }),
    rates: createCallRates((merchantId) => merchants.find(merchantId) !== undefined),
  };
}

/** What the log says when the memory store nears or reaches a cap (docs/decisions/011-limits.md). */
const pressureMessage: Readonly<Record<StorePressure['kind'], string>> = {
  'payments-near-cap':
    'memory store at 90% of its payment cap: past it the oldest settled payments are dropped (SIM_MAX_PAYMENTS)',
  'payments-dropped':
    'memory store at its payment cap: dropping the oldest settled payments (SIM_MAX_PAYMENTS)',
  'reqids-forgotten':
    'ReqId memory at its cap: the oldest ReqIds are forgotten, a retry of one would act again (SIM_REQID_MEMORY)',
};
