import { readFileSync } from 'node:fs';
import { parse as parseYaml, YAMLError } from 'yaml';
import { ConfigError } from './config-error.js';

/**
 * A configuration file's data: JSON or YAML (JSON is YAML, so one parser
 * reads both). Errors start with `where` and say where the file is broken,
 * never quoting its lines: a line may hold a key.
 *
 * @throws ConfigError when the file cannot be read or parsed.
 */
export function readYamlFile(path: string, where: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`${where}: cannot read the file (${(error as Error).message})`);
  }
  try {
    return parseYaml(text);
  } catch (error) {
    throw new ConfigError(`${where}: neither JSON nor YAML (${syntaxErrorAt(error)})`);
  }
}

function syntaxErrorAt(error: unknown): string {
  if (!(error instanceof YAMLError)) return 'unreadable';
  const at = error.linePos?.[0];
  return at ? `${error.code} at line ${at.line}, column ${at.col}` : error.code;
}
