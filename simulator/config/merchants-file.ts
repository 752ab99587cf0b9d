import { ConfigError, describeIssues } from './config-error.js';
import { type MerchantConfig, merchantListSchema } from './merchant-schema.js';
import { readYamlFile } from './read-yaml-file.js';

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
  const parsed = merchantListSchema.safeParse(readYamlFile(path, where));
  if (!parsed.success) throw new ConfigError(describeIssues(where, parsed.error.issues));
  return parsed.data;
}
