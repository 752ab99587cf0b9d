import { describe, expect, it } from 'vitest';
import {
  eventTokens,
  isEventToken,
  type MessageTable,
  requestTables,
  resultTable,
} from '../../../protocol/reference/messages.js';
import { parameters } from '../../../protocol/reference/parameters.js';

const names = (table: MessageTable) => table.fields.map((field) => field.name);

describe('the request tables', () => {
  it('exist for the five EventTokens, each under its own token', () => {
    expect(eventTokens).toEqual(['BC', 'DC', 'OC', 'UP', 'OS']);
    for (const token of eventTokens) expect(requestTables[token].eventToken).toBe(token);
  });

  it('list each parameter once per table', () => {
    for (const token of eventTokens) {
      const list = names(requestTables[token]);
      expect(new Set(list).size, token).toBe(list.length);
    }
  });

  it('give DC the very table of BC, RequestReasons included', () => {
    expect(requestTables.DC.sharesTableWith).toBe('BC');
    expect(requestTables.DC.fields).toBe(requestTables.BC.fields);
    expect(requestTables.DC.requestReasons).toEqual(['ZG', 'ZL', 'VK', 'VL']);
  });

  it('take the RequestReasons the seed lists, and none for OC and OS', () => {
    expect(requestTables.BC.requestReasons).toEqual(['ZG', 'ZL', 'VK', 'VL']);
    expect(requestTables.UP.requestReasons).toEqual(['RG', 'GU', 'ZA', 'MA', 'RM', 'DF']);
    expect(requestTables.OC).not.toHaveProperty('requestReasons');
    expect(requestTables.OS).not.toHaveProperty('requestReasons');
  });

  it('only use reasons of their own table in conditions', () => {
    for (const token of eventTokens) {
      const table: MessageTable = requestTables[token];
      for (const condition of table.conditions) {
        const reasons = 'reasons' in condition ? condition.reasons : [];
        for (const reason of reasons) expect(table.requestReasons).toContain(reason);
      }
    }
  });

  it('only name fields of their own table in conditions', () => {
    for (const token of eventTokens) {
      const table: MessageTable = requestTables[token];
      const own = new Set(names(table));
      for (const c of table.conditions) {
        const named =
          c.kind === 'onlyForReasons'
            ? [...(c.fields ?? [])]
            : c.kind === 'forbidsLater'
              ? [c.when.parameter]
              : [c.parameter, c.whenPresent];
        for (const name of named) expect(own.has(name), `${c.id}: ${name}`).toBe(true);
        if (c.kind === 'onlyForReasons') {
          for (const group of c.groups ?? []) {
            expect(
              table.fields.some((f) => f.group === group),
              `${c.id}: ${group}`,
            ).toBe(true);
          }
        }
      }
    }
  });

  it('give every condition a unique id, the seed phrase and a note', () => {
    const tables: MessageTable[] = eventTokens.map((token) => requestTables[token]);
    const all = tables.filter((t) => t.sharesTableWith === undefined).flatMap((t) => t.conditions);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    for (const c of all) {
      expect(c.seed, c.id).not.toBe('');
      expect(c.note, c.id).not.toBe('');
    }
  });

  it('keep the seed M/O/C for the debtor block of BC, AddrDistrict M included', () => {
    const presence = Object.fromEntries(requestTables.BC.fields.map((f) => [f.name, f.presence]));
    expect(presence).toMatchObject({
      CustomerID: 'M',
      FirstName: 'M',
      LastName: 'M',
      AddrStreet: 'M',
      AddrDistrict: 'M',
      AddrZIP: 'O',
      AddrCity: 'O',
      Salutation: 'O',
      IBAN: 'O',
    });
  });

  it('read the empty CND of PayType as optional', () => {
    expect(requestTables.UP.fields.find((f) => f.name === 'PayType')?.presence).toBe('O');
  });

  it('list OC and OS in the seed order', () => {
    expect(names(requestTables.OC)).toEqual([
      'MerchantID',
      'PayID',
      'TransID',
      'RefNr',
      'Amount',
      'Currency',
      'MAC',
      'EventToken',
      'ReqId',
    ]);
    expect(names(requestTables.OS)).toEqual([
      'MerchantID',
      'PayID',
      'TransID',
      'Amount',
      'Currency',
      'MAC',
      'EventToken',
      'RefNr',
      'ReqId',
    ]);
  });

  it('mark fields the seed does not list with their source', () => {
    for (const token of eventTokens) {
      const reqId = requestTables[token].fields.find((f) => f.name === 'ReqId');
      expect(reqId).toMatchObject({ presence: 'O', source: 'protocol-doc' });
    }
    const orderDesc = requestTables.UP.fields.find((f) => f.name === 'OrderDesc');
    expect(orderDesc).toMatchObject({ presence: 'O', source: 'reading' });
  });

  it('record the Capture=AUTO rule as stateful data for the engine', () => {
    const rule = requestTables.UP.conditions.find((c) => c.kind === 'forbidsLater');
    expect(rule).toMatchObject({
      when: { parameter: 'Capture', equals: 'AUTO' },
      forbids: { eventToken: 'UP', requestReason: 'ZA' },
    });
  });
});

describe('the result table', () => {
  it('lists the eleven result parameters of the seed, the first seven mandatory', () => {
    expect(resultTable.fields.map((f) => `${f.name}:${f.presence}`)).toEqual([
      'MID:M',
      'PayID:M',
      'XID:M',
      'TransID:M',
      'Status:M',
      'Description:M',
      'Code:M',
      'RefNr:O',
      'CodeExt:O',
      'ErrorText:O',
      'ReferenzID:O',
    ]);
  });

  it('allows Status OK and FAILED only', () => {
    expect(parameters.Status.enum).toEqual(['OK', 'FAILED']);
  });
});

describe('isEventToken', () => {
  it('knows the five tokens in their exact case', () => {
    expect(eventTokens.every(isEventToken)).toBe(true);
    expect(isEventToken('bc')).toBe(false);
    expect(isEventToken('toString')).toBe(false);
  });
});
