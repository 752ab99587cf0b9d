import { hash } from 'node:crypto';
import { BlowfishBlocks } from './blowfish-block.js';

/** How many expanded Blowfish keys are kept: far more merchants than a test suite configures. */
export const keyScheduleCapacity = 64;

/**
 * Expanded Blowfish keys by password, least recently used dropped first.
 *
 * Expanding a key costs 521 block encryptions, about as much as encrypting
 * 4 KB, and a simulator call used to pay it twice (decrypt the request,
 * encrypt the answer). The cache is keyed by a SHA-256 of the key bytes, so
 * the password itself is never a map key (nothing that lists or dumps the
 * cache shows it); the values are expanded keys, which the cipher needs in
 * memory anyway. Reusing one `BlowfishBlocks` is safe: encrypting and
 * decrypting never change its key tables, and both run synchronously.
 */
const schedules = new Map<string, BlowfishBlocks>();

/**
 * The expanded key for `key` (1 to 72 bytes used), built once per key while it
 * stays among the last {@link keyScheduleCapacity} used.
 *
 * @example
 * blowfishKeySchedule(Buffer.from('secret')) === blowfishKeySchedule(Buffer.from('secret')); // true
 */
export function blowfishKeySchedule(key: Uint8Array): BlowfishBlocks {
  const id = hash('sha256', key, 'base64');
  const cached = schedules.get(id);
  if (cached) {
    // Map keeps insertion order: re-inserting makes this the most recently used.
    schedules.delete(id);
    schedules.set(id, cached);
    return cached;
  }
  const blocks = new BlowfishBlocks(key);
  schedules.set(id, blocks);
  if (schedules.size > keyScheduleCapacity) {
    const oldest = schedules.keys().next();
    if (!oldest.done) schedules.delete(oldest.value);
  }
  return blocks;
}

/** How many expanded keys are held now (for tests). */
export function cachedKeyScheduleCount(): number {
  return schedules.size;
}
