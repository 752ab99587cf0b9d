import { describe, expect, it } from 'vitest';
import { validateRequest } from '../../protocol/validate.js';
import { randomIdSource } from '../../simulator/ids/random-id-source.js';
import { seededIdSource } from '../../simulator/ids/seeded-id-source.js';
import { validBcFields } from '../fixtures/requests.js';

describe('the debtors of seeded states', () => {
  it('pass BC validation, 500 of them, German letters included', () => {
    const ids = seededIdSource(11);
    const debtors = Array.from({ length: 500 }, () => ids.debtor());
    for (const debtor of debtors) {
      const checked = validateRequest({ ...validBcFields(), ...debtor });
      expect(checked.ok ? [] : checked.failures, JSON.stringify(debtor)).toEqual([]);
    }
    expect(debtors.some((d) => /[äöüÄÖÜß]/.test(Object.values(d).join('')))).toBe(true);
    expect(new Set(debtors.map((d) => d.LastName)).size).toBeGreaterThan(50);
  });

  it('repeat with the seed and leave the id sequence as it was', () => {
    const a = seededIdSource(5);
    const b = seededIdSource(5);
    a.debtor();
    a.debtor();
    expect(a.payId()).toBe(b.payId());
    expect(seededIdSource(5).debtor()).toEqual(seededIdSource(5).debtor());
  });

  it('come from an unseeded faker without a seed', () => {
    const ids = randomIdSource();
    const names = new Set(Array.from({ length: 20 }, () => ids.debtor().LastName));
    expect(names.size).toBeGreaterThan(1);
  });
});
