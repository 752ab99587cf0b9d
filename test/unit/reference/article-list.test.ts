import { describe, expect, it } from 'vitest';
import {
  type Article,
  formatArticleList,
  parseArticleList,
} from '../../../protocol/reference/article-list.js';

const tea: Article = {
  number: 'A-1',
  name: 'Grüner Tee',
  addition: '250 g',
  grossPrice: 1190,
  netPrice: 1000,
  vatRate: 1900,
  productGroup: 'Getränke',
};

describe('parseArticleList', () => {
  it('reads one article into typed fields', () => {
    expect(parseArticleList('A-1;Grüner Tee;250 g;1190;1000;1900;Getränke')).toEqual({
      ok: true,
      articles: [tea],
    });
  });

  it('reads several articles separated by +', () => {
    const parsed = parseArticleList('A-1;Tee;;1190;1000;1900;G+B-2;Kaffee;;2380;2000;1900;G');
    expect(parsed.ok && parsed.articles.map((a) => a.name)).toEqual(['Tee', 'Kaffee']);
  });

  it('trims the space the seed shows before Nettopreis, around numbers only', () => {
    const parsed = parseArticleList('A-1; Tee ;;1190; 1000 ;1900;G');
    expect(parsed.ok && parsed.articles[0]).toMatchObject({ name: ' Tee ', netPrice: 1000 });
  });

  it('allows empty text fields', () => {
    expect(parseArticleList(';;;1190;1000;1900;').ok).toBe(true);
  });

  it('rejects an article with too few or too many fields, naming the article', () => {
    expect(parseArticleList('A-1;Tee;1190')).toMatchObject({
      ok: false,
      failures: [{ article: 0, kind: 'invalid' }],
    });
    const tooMany = parseArticleList('A-1;Tee;;1190;1000;1900;G+A-2;Salz;Pfeffer;;1;1;1900;G');
    expect(tooMany).toMatchObject({ ok: false, failures: [{ article: 1, kind: 'invalid' }] });
  });

  it('rejects a trailing + as an empty article', () => {
    expect(parseArticleList('A-1;Tee;;1190;1000;1900;G+')).toMatchObject({
      ok: false,
      failures: [{ article: 1, kind: 'invalid' }],
    });
  });

  it('reports the article and field whose format fails', () => {
    const parsed = parseArticleList('A-1;Tee;;11,90;1000;19%;G');
    expect(parsed).toMatchObject({
      ok: false,
      failures: [
        { article: 0, field: 'Bruttopreis', kind: 'wrong-characters' },
        { article: 0, field: 'Umsatzsteuersatz', kind: 'wrong-characters' },
      ],
    });
  });

  it('reports lengths per field: Zusatz ans..10, Umsatzsteuersatz n..4', () => {
    expect(parseArticleList('A-1;Tee;12345678901;1190;1000;1900;G')).toMatchObject({
      failures: [{ field: 'Zusatz', kind: 'too-long' }],
    });
    expect(parseArticleList('A-1;Tee;;1190;1000;19000;G')).toMatchObject({
      failures: [{ field: 'Umsatzsteuersatz', kind: 'too-long' }],
    });
    expect(parseArticleList(`A-1;Tee;;12345678901;1000;1900;G`)).toMatchObject({
      failures: [{ field: 'Bruttopreis', kind: 'too-long' }],
    });
  });

  it('accepts the maximum lengths of the text fields', () => {
    const record = ['n'.repeat(40), 'x'.repeat(100), 'z'.repeat(10), '1', '1', '1', 'w'.repeat(15)];
    expect(parseArticleList(record.join(';')).ok).toBe(true);
  });

  it('reports an empty price as missing', () => {
    expect(parseArticleList('A-1;Tee;;;1000;1900;G')).toMatchObject({
      failures: [{ field: 'Bruttopreis', kind: 'missing' }],
    });
  });
});

describe('formatArticleList', () => {
  it('writes what parseArticleList reads', () => {
    const text = formatArticleList([tea, { ...tea, number: 'A-2' }]);
    expect(text).toBe(
      'A-1;Grüner Tee;250 g;1190;1000;1900;Getränke+A-2;Grüner Tee;250 g;1190;1000;1900;Getränke',
    );
    expect(parseArticleList(text)).toEqual({
      ok: true,
      articles: [tea, { ...tea, number: 'A-2' }],
    });
  });
});
