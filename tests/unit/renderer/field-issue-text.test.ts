import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { FieldProblem } from '@firstline/protocol';
import { fieldIssueText } from '../../../renderer/src/features/api/field-issue-text';
import { ApiError, apiErrorText } from '../../../renderer/src/features/api/rest-client';
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

describe('a refused call in the reader’s words', () => {
  it('names a broken rule instead of showing the server’s English', () => {
    const lastAdmin = new ApiError('invalid_state', 'At least one active admin must remain', 409, { rule: 'last_admin' });
    expect(apiErrorText(lastAdmin, i18n.t)).toBe('At least one active admin must remain.');
    expect(apiErrorText(lastAdmin, i18n.getFixedT('vi'))).toBe('Phải còn ít nhất một quản trị viên đang hoạt động.');
  });

  it('says how many minutes to wait, in the language’s plural forms', () => {
    const locked = (seconds: number) =>
      new ApiError('rate_limited', 'Too many failed sign-ins. Try again in 2 min.', 429, { retryAfterSeconds: seconds });
    expect(apiErrorText(locked(61), i18n.t)).toBe('Too many attempts. Try again in 2 minutes.');
    expect(apiErrorText(locked(30), i18n.t)).toBe('Too many attempts. Try again in 1 minute.');
    expect(apiErrorText(locked(120), i18n.getFixedT('ar'))).toBe('محاولات كثيرة جدًا. حاول مرة أخرى بعد دقيقتين.');
    expect(apiErrorText(locked(600), i18n.getFixedT('zh-Hant'))).toBe('嘗試次數過多，請在 10 分鐘後重試。');
  });

  it('falls back to what the code means', () => {
    expect(apiErrorText(new ApiError('forbidden', 'Your role cannot do this', 403), i18n.getFixedT('zh-Hans'))).toBe(
      (zhHans.errors as Record<string, string>).forbidden,
    );
    expect(apiErrorText(new Error('network'), i18n.t)).toBe((en.errors as Record<string, string>).internal);
  });
});
