import { describe, expect, it } from 'vitest';
import { blowfishCipher } from '../../../protocol/crypto/blowfish.js';
import { BlowfishBlocks } from '../../../protocol/crypto/blowfish-block.js';
import {
  blowfishKeySchedule,
  cachedKeyScheduleCount,
  keyScheduleCapacity,
} from '../../../protocol/crypto/key-schedules.js';

const key = (text: string) => Buffer.from(text, 'utf8');

function encryptedWith(blocks: BlowfishBlocks, text: string): string {
  const bytes = Buffer.alloc(16);
  bytes.write(text);
  blocks.encryptInPlace(bytes);
  return bytes.toString('hex');
}

describe('blowfishKeySchedule', () => {
  it('expands a key once and hands the same schedule out again', () => {
    const first = blowfishKeySchedule(key('cache-me'));
    expect(blowfishKeySchedule(key('cache-me'))).toBe(first);
    expect(blowfishKeySchedule(key('cache-me-not'))).not.toBe(first);
  });

  it('encrypts exactly like a freshly expanded key, also after many uses', () => {
    const cached = blowfishKeySchedule(key('same-result'));
    for (let i = 0; i < 3; i++) encryptedWith(cached, `warm-up ${i}`);
    expect(encryptedWith(blowfishKeySchedule(key('same-result')), 'TransID=1')).toBe(
      encryptedWith(new BlowfishBlocks(key('same-result')), 'TransID=1'),
    );
  });

  it('keeps at most its capacity, dropping the least recently used key first', () => {
    const kept = blowfishKeySchedule(key('kept'));
    const dropped = blowfishKeySchedule(key('dropped'));
    for (let i = 0; i < keyScheduleCapacity + 8; i++) {
      blowfishKeySchedule(key(`filler-${i}`));
      // Using 'kept' now and then makes it recent again.
      if (i % 16 === 0) blowfishKeySchedule(key('kept'));
    }
    expect(cachedKeyScheduleCount()).toBe(keyScheduleCapacity);
    expect(blowfishKeySchedule(key('kept'))).toBe(kept);
    expect(blowfishKeySchedule(key('dropped'))).not.toBe(dropped);
  });
});

describe('blowfishCipher with cached key schedules', () => {
  it('round-trips for many passwords in turn, more than the cache holds', () => {
    const passwords = Array.from({ length: keyScheduleCapacity + 5 }, (_, i) => `pw-${i}`);
    const encrypted = passwords.map((password) => blowfishCipher(password).encrypt(password));
    passwords.forEach((password, i) => {
      const { data, len } = encrypted[i] ?? { data: '', len: 0 };
      expect(blowfishCipher(password).decrypt(data, len)).toBe(password);
    });
  });

  it('treats the empty password as one space, as before', () => {
    const { data } = blowfishCipher('').encrypt('Amount=100');
    expect(blowfishCipher(' ').encrypt('Amount=100').data).toBe(data);
  });
});
