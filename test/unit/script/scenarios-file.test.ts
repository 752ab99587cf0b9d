import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../protocol/codes/index.js';
import { ConfigError } from '../../../simulator/config/config-error.js';
import { configFromEnv } from '../../../simulator/config/env.js';
import { parseScenarios, readScenariosFile } from '../../../simulator/config/scenarios-file.js';
import { defineConfig } from '../../../simulator/config/simulator-config.js';

const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

const yaml = (text: string) => () => parseScenarios(text, 'yaml', 'qa.yaml', catalogue);

describe('the scenario file', () => {
  it('loads the sample file examples/scenarios.yaml', () => {
    const rules = readScenariosFile('examples/scenarios.yaml', catalogue);
    expect(rules.length).toBeGreaterThanOrEqual(6);
    expect(rules.map((rule) => rule.id)).toContain('decline-qa-debtor');
  });

  it('reads a bare YAML list and an empty file', () => {
    expect(yaml('- respond: { code: "22010012" }\n')()).toHaveLength(1);
    expect(yaml('')()).toEqual([]);
  });

  it('names the line and the field of a bad value', () => {
    const text = [
      'scenarios:',
      '  - match: { eventToken: BC }',
      '    respond: { code: "22010012" }',
      '  - match:',
      '      eventToken: OC',
      '    respond:',
      '      code: "2201"',
    ].join('\n');
    expect(errorOf(yaml(text))).toBe(
      'qa.yaml: line 7: scenarios[1].respond.code: expected 8 characters S MMM PPPP (digits or letters)',
    );
  });

  it('names the line of an unknown field at the field itself', () => {
    const text = [
      '- match: { eventToken: BC }',
      '  respond: { code: "22010012" }',
      '  tims: 3',
    ].join('\n');
    expect(errorOf(yaml(text))).toMatch(/^qa\.yaml: line 3: \[0\]\.tims: Unrecognized key/);
  });

  it('names the line of a catalogue key that does not exist', () => {
    const text = ['- respond:', '    key: business.nope'].join('\n');
    expect(errorOf(yaml(text))).toBe(
      'qa.yaml: line 2: [0].respond.key: unknown catalogue key "business.nope" (see docs/response-codes.md)',
    );
  });

  it('names every problem at once: a bad key beside a schema error, in file order', () => {
    const text = [
      '- respond:',
      '    key: business.nope',
      '- match: { eventToken: XX }',
      '  respond: { code: "22010012" }',
    ].join('\n');
    expect(errorOf(yaml(text)).split('\n')).toEqual([
      'qa.yaml: line 2: [0].respond.key: unknown catalogue key "business.nope" (see docs/response-codes.md)',
      'qa.yaml: line 3: [1].match.eventToken: unknown EventToken "XX"; expected one of BC, DC, OC, UP, OS',
    ]);
  });

  it('names the line of a YAML syntax error', () => {
    expect(errorOf(yaml('- respond: { code: "1"\n- x'))).toMatch(
      /^qa\.yaml: line \d+: not valid YAML/,
    );
  });

  it('reads JSON strictly and names its lines too', () => {
    const good = file('good.json', JSON.stringify([{ respond: { code: '22010012' } }], null, 2));
    expect(readScenariosFile(good, catalogue)).toHaveLength(1);
    const broken = file('broken.json', '[\n  { "respond": { "code": "22010012" }, }\n]');
    expect(errorOf(() => readScenariosFile(broken, catalogue))).toMatch(
      /broken\.json: line 2: not valid JSON/,
    );
    const bad = file(
      'bad.json',
      JSON.stringify({ scenarios: [{ respond: { code: '22010012' }, times: 0 }] }, null, 2),
    );
    expect(errorOf(() => readScenariosFile(bad, catalogue))).toMatch(
      /bad\.json: line 7: scenarios\[0\]\.times: /,
    );
  });

  it('refuses files of another kind or that cannot be read', () => {
    expect(errorOf(() => readScenariosFile(file('rules.txt', ''), catalogue))).toMatch(
      /expected a \.json, \.yaml or \.yml file/,
    );
    expect(errorOf(() => readScenariosFile(join(dir, 'missing.yaml'), catalogue))).toMatch(
      /cannot read the file/,
    );
  });

  it('is read from SIM_SCENARIOS_FILE at start-up', () => {
    const config = configFromEnv({ SIM_SCENARIOS_FILE: 'examples/scenarios.yaml' });
    expect(config.scenarios?.length).toBeGreaterThanOrEqual(6);
  });
});

describe('the scenarios option', () => {
  it('takes rules and checks their keys against the catalogue', () => {
    expect(defineConfig({ scenarios: [{ respond: { code: '22010012' } }] }).scenarios).toHaveLength(
      1,
    );
    expect(errorOf(() => defineConfig({ scenarios: [{ respond: { key: 'nope' } }] }))).toBe(
      'simulator options: scenarios[0].respond.key: unknown catalogue key "nope" (see docs/response-codes.md)',
    );
    expect(errorOf(() => defineConfig({ scenarios: [{ respond: { code: 'x' } }] }))).toMatch(
      /^simulator options: scenarios\[0\]\.respond\.code: /,
    );
  });

  it('accepts codes the overrides add', () => {
    const codeOverrides = [
      { code: '22019999', key: 'business.qa-only', en: 'QA', de: 'QA', status: 'FAILED' as const },
    ];
    expect(() =>
      defineConfig({ codeOverrides, scenarios: [{ respond: { key: 'business.qa-only' } }] }),
    ).not.toThrow();
  });
});
