import { describe, expect, it } from 'vitest';
import { searchTerms, tagTerm } from '../../../../signaling-server/src/knowledge/search-terms';
import { articleFilter, createArticleIndex } from '../../../../signaling-server/src/knowledge/article-index';
import type { Article } from '@firstline/protocol';

const han = (text: string) => [...text].map((c) => `u${c.codePointAt(0)!.toString(16)}`).join('');

describe('search terms', () => {
  it('splits Chinese into characters and pairs, apart from the Latin words around it', () => {
    expect(searchTerms('VPN连接')).toEqual(['vpn', han('连'), han('接'), han('连接')]);
  });

  it('folds Vietnamese diacritics, so a customer may type without them', () => {
    expect(searchTerms('Máy in không in được')).toEqual(searchTerms('may in khong in duoc'));
    expect(searchTerms('đĩa')).toEqual(['dia']);
  });

  it('unifies Arabic letter forms and drops the article and short vowels', () => {
    expect(searchTerms('الطابعةُ')).toEqual(searchTerms('طابعه'));
    expect(searchTerms('أإآ')).toEqual(['ااا']);
  });

  it('stems English, maps everyday synonyms, joins hyphenated words and drops function words', () => {
    expect(searchTerms('The printers are printing')).toEqual(['printer', 'print']);
    expect(searchTerms('my mic')).toEqual(['microphon']);
    expect(searchTerms('pop-ups')).toEqual(['pop', 'ups', 'popup']);
    expect(searchTerms("won't")).toEqual(['won']);
  });

  it('takes words that are also names of Object.prototype as words', () => {
    // "constructor" once looked up Object's own constructor as its synonym: a function, not a term.
    expect(searchTerms('constructor toString valueOf hasOwnProperty __proto__')).toEqual([
      'constructor',
      'tostr',
      'valueof',
      'hasownproperti',
      'proto',
    ]);
  });

  it('keeps a tag whole', () => {
    expect(tagTerm(' DNS_Failure ')).toBe('dns_failure');
  });
});

const article = (id: string, fields: Partial<Article>): Article => ({
  id,
  groupId: id,
  language: 'en',
  title: '',
  body: 'Steps.',
  tags: [],
  category: null,
  status: 'published',
  authorId: 'a',
  authorName: 'A',
  version: 1,
  createdAt: 0,
  updatedAt: 0,
  publishedAt: 0,
  ...fields,
});

describe('article index', () => {
  const index = createArticleIndex();
  index.upsert(article('printer', { title: 'Printer shows offline', tags: ['printer'] }));
  index.upsert(article('dns', { title: 'Websites do not open', tags: ['dns_failure'] }));
  index.upsert(article('draft', { title: 'Printer driver', status: 'draft' }));
  index.upsert(article('zh', { title: '打印机显示脱机', language: 'zh-Hans' }));

  it('ranks by the words, forgives a typo, and matches findings against whole tags', () => {
    expect(index.rank({ text: 'printer offline', limit: 3 })[0]!.article.id).toBe('printer');
    expect(index.rank({ text: 'printr ofline', limit: 3 }).map((r) => r.article.id)).toContain('printer');
    expect(index.rank({ text: '', findings: ['dns_failure'], limit: 3 }).map((r) => r.article.id)).toEqual(['dns']);
    expect(index.rank({ text: '打印机脱机了', limit: 3 })[0]!.article.id).toBe('zh');
  });

  it('filters by status and language, and follows a changed article', () => {
    expect(index.rank({ text: 'printer', filter: articleFilter({ status: 'published' }), limit: 5 }).map((r) => r.article.id)).toEqual([
      'printer',
    ]);
    expect(index.rank({ text: 'printer', filter: articleFilter({ language: 'zh-Hans' }), limit: 5 })).toEqual([]);
    index.upsert(article('printer', { title: 'Scanner not found', version: 2 }));
    expect(index.rank({ text: 'printer offline', filter: articleFilter({ status: 'published' }), limit: 5 })).toEqual([]);
    expect(index.get('printer')!.version).toBe(2);
  });

  it('indexes and finds an article about a constructor', () => {
    index.upsert(article('ctor', { title: 'The constructor wizard fails', status: 'published' }));
    expect(index.rank({ text: 'constructor', limit: 3 }).map((r) => r.article.id)).toEqual(['ctor']);
  });
});
