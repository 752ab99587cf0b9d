import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type CodeOverride,
  CodeOverrideError,
  catalogue,
  withOverrides,
} from '../../../protocol/codes/index.js';
import { loadOverrides } from '../../../protocol/codes/load-overrides.js';

const folder = mkdtempSync(join(tmpdir(), 'paygate-codes-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function overrideFile(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

const added: CodeOverride = {
  key: 'business.account-blocked',
  code: '22019999',
  status: 'FAILED',
  en: 'Debtor account blocked',
  de: 'Debitorenkonto gesperrt',
};

describe('withOverrides', () => {
  it('rewords an entry found by key and keeps its code and source', () => {
    const codes = withOverrides([{ key: 'business.credit-declined', en: 'Declined' }]);
    expect(codes.get('business.credit-declined')).toMatchObject({
      code: '22010012',
      en: 'Declined',
      de: 'Bonitätsprüfung von Real Solution abgelehnt',
      source: 'simulator',
    });
  });

  it('changes the status of an entry found by code, in either case', () => {
    const codes = catalogue.withOverrides([{ code: '22720040', status: 'OK', de: 'Geprüft' }]);
    expect(codes.byCode('22720040')).toMatchObject({ status: 'OK', de: 'Geprüft' });
  });

  it('moves a key to a free code', () => {
    const codes = catalogue.withOverrides([{ key: 'business.credit-declined', code: '2201abcd' }]);
    expect(codes.get('business.credit-declined').code).toBe('2201ABCD');
    expect(codes.byCode('22010012')).toBeUndefined();
  });

  it('adds a new entry as a user entry', () => {
    const codes = catalogue.withOverrides([added]);
    expect(codes.byCode('22019999')).toMatchObject({ ...added, source: 'user' });
    expect(codes.all()).toHaveLength(catalogue.all().length + 1);
  });

  it('leaves the catalogue it started from unchanged', () => {
    catalogue.withOverrides([{ key: 'ok', en: 'Fine' }, added]);
    expect(catalogue.get('ok').en).toBe('Operation successful');
    expect(catalogue.byCode('22019999')).toBeUndefined();
  });

  it('refuses a code that belongs to another entry', () => {
    expect(() =>
      catalogue.withOverrides([{ key: 'business.credit-declined', code: '00000000' }]),
    ).toThrow(/\[0\]: code 00000000 already belongs to ok/);
  });

  it('refuses a new entry without descriptions', () => {
    expect(() => catalogue.withOverrides([{ key: 'business.x', code: '22019998' }])).toThrow(
      CodeOverrideError,
    );
  });

  it('refuses a code outside the layout', () => {
    expect(() => catalogue.withOverrides([{ code: '12345678', en: 'x' }])).toThrow(
      /\[0\]\.code: expected 8 characters/,
    );
  });
});

describe('loadOverrides', () => {
  it('reads a file of overrides', () => {
    const path = overrideFile('good.json', JSON.stringify([{ key: 'ok', de: 'Alles gut' }, added]));
    const codes = catalogue.withOverrides(loadOverrides(path));
    expect(codes.get('ok').de).toBe('Alles gut');
    expect(codes.byKey('business.account-blocked')?.source).toBe('user');
  });

  it('names the file and the field of a bad entry', () => {
    const path = overrideFile(
      'bad-field.json',
      JSON.stringify([{ key: 'ok' }, { key: 'x', status: 'MAYBE' }]),
    );
    expect(() => loadOverrides(path)).toThrow(CodeOverrideError);
    expect(() => loadOverrides(path)).toThrow(`${path}: [1].status:`);
  });

  it('names the file of an entry that does not fit the catalogue', () => {
    const path = overrideFile('conflict.json', JSON.stringify([{ key: 'ok', code: '22010012' }]));
    expect(() => loadOverrides(path)).toThrow(
      `${path}: [0]: code 22010012 already belongs to business.credit-declined`,
    );
  });

  it('refuses unknown fields', () => {
    const path = overrideFile('extra.json', JSON.stringify([{ key: 'ok', colour: 'red' }]));
    expect(() => loadOverrides(path)).toThrow(`${path}: [0]:`);
  });

  it('names the file when it is not JSON', () => {
    const path = overrideFile('broken.json', '[{ "key": ');
    expect(() => loadOverrides(path)).toThrow(`${path}: not valid JSON`);
  });

  it('names the file when it is not a list', () => {
    const path = overrideFile('object.json', '{ "key": "ok" }');
    expect(() => loadOverrides(path)).toThrow(`${path}: (root):`);
  });

  it('names the file when it cannot be read', () => {
    const path = join(folder, 'missing.json');
    expect(() => loadOverrides(path)).toThrow(`${path}: cannot read the file`);
  });
});
