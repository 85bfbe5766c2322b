import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { FieldProblem } from '@firstline/protocol';
import { fieldIssueText } from '../../../renderer/src/features/api/field-issue-text';
import en from '../../../renderer/src/features/i18n/locales/en.json';
import ar from '../../../renderer/src/features/i18n/locales/ar.json';
import vi from '../../../renderer/src/features/i18n/locales/vi.json';
import zhHans from '../../../renderer/src/features/i18n/locales/zh-Hans.json';
import zhHant from '../../../renderer/src/features/i18n/locales/zh-Hant.json';

const i18n = i18next.createInstance();
const locales = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant, ar, vi };

beforeAll(async () => {
  await i18n.init({
    resources: Object.fromEntries(Object.entries(locales).map(([l, tree]) => [l, { translation: tree }])),
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
});

describe('a refused field in the reader’s words', () => {
  it('names the field as its form labels it, says what is wrong, and how to write it', () => {
    expect(fieldIssueText({ path: ['tags', 0], problem: 'wrong_format' }, i18n.t)).toBe(
      'Tags: this is not in the expected form. Use letters, digits and - _ . only.',
    );
    expect(fieldIssueText({ path: ['tags', 0], problem: 'wrong_format' }, i18n.getFixedT('ar'))).toBe(
      'الوسوم: الصيغة غير صحيحة. استخدم الحروف والأرقام و - _ . فقط.',
    );
    expect(fieldIssueText({ path: ['newPassword'], problem: 'unchanged' }, i18n.getFixedT('zh-Hans'))).toBe('新密码：须与当前的不同。');
    // Chinese sentences follow each other without a space.
    expect(fieldIssueText({ path: ['tags', 0], problem: 'wrong_format' }, i18n.getFixedT('zh-Hans'))).toBe(
      '标签：格式不正确。只能使用字母、数字以及 - _ . 符号。',
    );
  });

  it('counts a limit in the language’s plural forms', () => {
    expect(fieldIssueText({ path: ['title'], problem: 'too_long', limit: 200 }, i18n.t)).toBe('Title: at most 200 characters.');
    expect(fieldIssueText({ path: ['title'], problem: 'too_long', limit: 1 }, i18n.t)).toBe('Title: at most 1 character.');
    expect(fieldIssueText({ path: ['title'], problem: 'too_long', limit: 200 }, i18n.getFixedT('zh-Hant'))).toBe('標題：最多 200 個字元。');
  });

  it('says "a field" for one no form labels, and gives no hint where there is none', () => {
    expect(fieldIssueText({ path: ['sdpMid'], problem: 'wrong_format' }, i18n.t)).toBe('A field: this is not in the expected form.');
    expect(fieldIssueText({ path: ['category'], problem: 'required' }, i18n.getFixedT('vi'))).toBe(
      `${(vi.ticketFields as Record<string, string>).category}: hãy điền mục này.`,
    );
  });

  it('has a sentence for every problem the protocol can name, in every language', () => {
    for (const language of Object.keys(locales)) {
      const t = i18n.getFixedT(language);
      for (const problem of FieldProblem.options) {
        const text = fieldIssueText({ path: ['title'], problem, limit: 3 }, t);
        expect(text, `${language} ${problem}`).not.toMatch(/fieldErrors|{{/);
        expect(text.startsWith(t('fieldNames.title')), `${language} ${problem}`).toBe(true);
      }
    }
  });
});
