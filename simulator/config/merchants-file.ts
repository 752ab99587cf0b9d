import { readFileSync } from 'node:fs';
import { parse as parseYaml, YAMLError } from 'yaml';
import { ConfigError, describeIssues } from './config-error.js';
import { type MerchantConfig, merchantListSchema } from './merchant-schema.js';

/**
 * Reads `SIM_MERCHANTS_FILE`: JSON or YAML (JSON is YAML, so one parser reads
 * both), a list of merchants or `{ merchants: [...] }`.
 *
 * @example
 * # merchants.yaml
 * - merchantId: shop_a
 *   hmacKey: secret-a
 *   blowfishKey: blowfish-a
 * - merchantId: shop_b
 *   encryption: aes
 *   hmacKey: secret-b
 *   aesKey: 0123456789abcdef
 */
export function readMerchantsFile(path: string): MerchantConfig[] {
  const where = `SIM_MERCHANTS_FILE ${path}`;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`${where}: cannot read the file (${(error as Error).message})`);
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new ConfigError(`${where}: neither JSON nor YAML (${syntaxErrorAt(error)})`);
  }
  const parsed = merchantListSchema.safeParse(data);
  if (!parsed.success) throw new ConfigError(describeIssues(where, parsed.error.issues));
  return parsed.data;
}

/**
 * Where the file is broken, without yaml's message: that message quotes the
 * offending source line, which in this file may hold a key.
 */
function syntaxErrorAt(error: unknown): string {
  if (!(error instanceof YAMLError)) return 'unreadable';
  const at = error.linePos?.[0];
  return at ? `${error.code} at line ${at.line}, column ${at.col}` : error.code;
}
