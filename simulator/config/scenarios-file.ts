import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseDocument } from 'yaml';
import * as z from 'zod';
import type { Catalogue } from '../../protocol/codes/index.js';
import { ruleProblems } from '../script/check-rules.js';
import type { RuleProblem } from '../script/compile-rule.js';
import { type ScenarioRule, scenarioRuleSchema } from '../script/scenario-schema.js';
import { ConfigError, issuePath, pathText } from './config-error.js';
import { lineAt, lineOfPath } from './source-lines.js';

const FORMATS: Readonly<Record<string, 'json' | 'yaml'>> = {
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
};

/**
 * Reads `SIM_SCENARIOS_FILE`: JSON or YAML by extension, a list of scenario
 * rules or `{ scenarios: [...] }`. Every error names the file, the line and
 * the field.
 *
 * @example
 * # scenarios.yaml
 * scenarios:
 *   - match: { eventToken: BC, customerId: QA-DECLINE }
 *     respond: { key: business.credit-declined }
 * @throws ConfigError `SIM_SCENARIOS_FILE qa.yaml: line 3: scenarios[0].respond.code: ...`
 */
export function readScenariosFile(path: string, catalogue: Catalogue): ScenarioRule[] {
  const where = `SIM_SCENARIOS_FILE ${path}`;
  const format = FORMATS[extname(path).toLowerCase()];
  if (format === undefined) throw new ConfigError(`${where}: expected a .json, .yaml or .yml file`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`${where}: cannot read the file (${(error as Error).message})`);
  }
  return parseScenarios(text, format, where, catalogue);
}

/** The rules of a scenario file's text; `where` starts every error message. */
export function parseScenarios(
  text: string,
  format: 'json' | 'yaml',
  where: string,
  catalogue: Catalogue,
): ScenarioRule[] {
  if (format === 'json') checkJsonSyntax(text, where);
  // JSON is YAML: one parser gives both formats the node positions errors need.
  const doc = parseDocument(text);
  const [syntaxError] = doc.errors;
  if (syntaxError) {
    const line = syntaxError.linePos?.[0].line;
    throw new ConfigError(
      `${where}: ${line ? `line ${line}: ` : ''}not valid YAML (${firstLine(syntaxError.message)})`,
    );
  }
  const { list, prefix } = ruleList(doc.toJS());
  const parsed = z.array(scenarioRuleSchema).safeParse(list);
  const problems = parsed.success
    ? ruleProblems(parsed.data, catalogue)
    : [
        ...parsed.error.issues.map((issue) => ({ path: issuePath(issue), message: issue.message })),
        ...problemsOfSoundRules(list, catalogue),
      ].sort((a, b) => Number(a.path[0] ?? -1) - Number(b.path[0] ?? -1));
  if (problems.length > 0) {
    const lines = problems.map(({ path, message }) => {
      const full = [...prefix, ...path];
      const line = lineOfPath(doc, text, full);
      return `${where}: ${line ? `line ${line}: ` : ''}${pathText(full) || '(file)'}: ${message}`;
    });
    throw new ConfigError(lines.join('\n'));
  }
  return parsed.data ?? [];
}

/**
 * When some rules break the schema, the catalogue checks of the others, so
 * that one run names every problem of the file rather than half of them.
 */
function problemsOfSoundRules(list: unknown, catalogue: Catalogue): RuleProblem[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown, index) => {
    const rule = scenarioRuleSchema.safeParse(item);
    if (!rule.success) return [];
    return ruleProblems([rule.data], catalogue).map((problem) => ({
      ...problem,
      path: [index, ...problem.path.slice(1)],
    }));
  });
}

/** A bare list, `{ scenarios: [...] }`, or nothing at all (an empty file). */
function ruleList(data: unknown): { list: unknown; prefix: readonly PropertyKey[] } {
  if (data === null || data === undefined) return { list: [], prefix: [] };
  if (typeof data === 'object' && !Array.isArray(data) && 'scenarios' in data) {
    return { list: data.scenarios ?? [], prefix: ['scenarios'] };
  }
  return { list: data, prefix: [] };
}

/** Strict JSON first: YAML would accept what a JSON file must not contain. */
function checkJsonSyntax(text: string, where: string): void {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? '' : `line ${lineAt(text, Number(position))}: `;
    throw new ConfigError(`${where}: ${line}not valid JSON (${message})`);
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
