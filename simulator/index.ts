// The public API of the simulator (`paygate-sim/simulator`). Everything else is internal.
export { createApp, createParts, type PartOverrides, type SimulatorParts } from './app.js';
export { ConfigError } from './config/config-error.js';
export type { MerchantConfig, MerchantInput } from './config/merchant-schema.js';
export {
  defineConfig,
  type SimulatorConfig,
  type SimulatorOptions,
} from './config/simulator-config.js';
export type { ScenarioRuleInput } from './script/scenario-schema.js';
export { type RunningSimulator, type StartOptions, startSimulator } from './start.js';
