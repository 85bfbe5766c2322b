import { describe, expect, it } from 'vitest';
import { removeCustomerData } from '../../../../signaling-server/src/knowledge/customer-data-scrub';
import { guessLanguage } from '../../../../signaling-server/src/knowledge/guess-language';
import { excerptOf } from '../../../../signaling-server/src/knowledge/plain-text';
import { articlePlainText } from '@firstline/protocol';
import { buildKnowledgeReport } from '../../../../signaling-server/src/knowledge/knowledge-report';

describe('removing customer data', () => {
  it('removes names (whole and in parts, in any script), contacts, addresses and identifiers', () => {
    const text =
      'Lin Chen (lin.chen@acme.com, +1 (415) 555-0134) at 192.168.1.20, MAC 00:1A:2B:3C:4D:5E, C:\\Users\\lchen\\Desktop, /home/lchen/x, SN ABC12345678, 陈林 said hi, and Linda was fine';
    const scrubbed = removeCustomerData(text, { names: ['Lin Chen', '陈林'] });
    expect(scrubbed).toBe(
      '[customer] ([email], [phone]) at [network address], MAC [hardware address], C:\\Users\\[user]\\Desktop, /home/[user]/x, SN [id], [customer] said hi, and Linda was fine',
    );
  });

  it('leaves error codes and versions alone', () => {
    expect(removeCustomerData('Error 0x800CCC0E in Outlook 2016 after KB5034441')).toBe('Error 0x800CCC0E in Outlook 2016 after KB5034441');
  });
});

describe('guessing the language of a text', () => {
  it.each([
    ['The printer is offline', 'en'],
    ['打印机显示脱机，无法连接', 'zh-Hans'],
    ['印表機顯示離線，無法連線', 'zh-Hant'],
    ['الطابعة غير متصلة', 'ar'],
    ['Máy in không kết nối', 'vi'],
  ])('%s → %s', (text, language) => expect(guessLanguage(text)).toBe(language));
});

describe('plain text of Markdown', () => {
  it('keeps the words of links and code, drops the markup and any HTML', () => {
    const markdown =
      '## Steps\n\n1. Open [Settings](https://example.com/s) and run `ipconfig`\n- **twice**\n<script>alert(1)</script>[x](javascript:y)';
    expect(articlePlainText(markdown)).toBe('Steps Open Settings and run ipconfig twice x');
    expect(articlePlainText(markdown, { lines: true })).toBe(
      'Steps\n\n1. Open Settings (https://example.com/s) and run ipconfig\n• twice\nx',
    );
    expect(excerptOf('word '.repeat(100), 20)).toBe('word word word word…');
  });
});

describe('the knowledge report', () => {
  it('ranks the articles used most and lists categories with tickets and no published article', () => {
    const report = buildKnowledgeReport({
      uses: [
        { articleId: 'a', title: 'A', sent: 1, solved: 0, deflections: 0 },
        { articleId: 'b', title: 'B', sent: 2, solved: 1, deflections: 4 },
      ],
      deflections: 4,
      ticketsSolved: 1,
      ticketCategories: [
        { category: 'Printing', tickets: 3 },
        { category: 'Email', tickets: 5 },
        { category: 'Network', tickets: 9 },
      ],
      coveredCategories: ['network'],
    });
    expect(report.mostUsed.map((u) => u.id)).toEqual(['b', 'a']);
    expect(report.gaps).toEqual([
      { category: 'Email', tickets: 5 },
      { category: 'Printing', tickets: 3 },
    ]);
  });
});
