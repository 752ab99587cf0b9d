import { catalogue as builtInCatalogue } from '../../protocol/codes/index.js';
import { ruleProblems } from '../script/check-rules.js';
import { ConfigError, describeIssues } from './config-error.js';
import { readYamlFile } from './read-yaml-file.js';
import {
  checkExposure,
  type SimulatorConfig,
  simulatorOptionsSchema,
  withMerchants,
} from './simulator-config.js';

/**
 * Reads `paygate-sim --config <file>`: JSON or YAML with the options of
 * `startSimulator` (merchants, scenarios, seed, clockStart, creditLimit,
 * allowedHosts, maxPayments, ...), and lays them over `base` (the
 * environment's configuration): scalars replace, merchants and scenarios
 * are added (the file's merchants replace the demo merchant).
 *
 * @throws ConfigError naming the file and the field.
 */
export function withConfigFile(base: SimulatorConfig, path: string): SimulatorConfig {
  const where = `--config ${path}`;
  const data = readYamlFile(path, where) ?? {};
  const parsed = simulatorOptionsSchema.safeParse(data);
  if (!parsed.success) throw new ConfigError(describeIssues(where, parsed.error.issues));
  // Only what the file says: the schema's defaults must not undo the environment's settings.
  const given = new Set(Object.keys(data as object));
  const { merchants = [], scenarios, ...scalars } = parsed.data;
  const defined = Object.fromEntries(Object.entries(scalars).filter(([key]) => given.has(key)));
  const config = { ...base, ...defined };
  if (scenarios) {
    const codes = config.codeOverrides
      ? builtInCatalogue.withOverrides(config.codeOverrides)
      : builtInCatalogue;
    const problems = ruleProblems(scenarios, codes).map((problem) => ({
      code: 'custom' as const,
      input: undefined,
      path: ['scenarios', ...problem.path],
      message: problem.message,
    }));
    if (problems.length > 0) throw new ConfigError(describeIssues(where, problems));
  }
  checkExposure(config);
  const { merchants: baseMerchants, demoMerchant, ...rest } = config;
  return withMerchants({ ...rest, scenarios: [...(base.scenarios ?? []), ...(scenarios ?? [])] }, [
    ...(demoMerchant ? [] : baseMerchants),
    ...merchants,
  ]);
}
