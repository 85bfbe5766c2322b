import type { ArticleContent, ArticleLanguage, TicketDetail } from '../../protocol';
import { removeCustomerData } from './customer-data-scrub';
import { guessLanguage } from './guess-language';

const HEADINGS: Record<ArticleLanguage, { problem: string; findings: string; resolution: string; notes: string }> = {
  en: { problem: 'Problem', findings: 'What the diagnostics found', resolution: 'Solution', notes: 'Notes' },
  'zh-Hans': { problem: '问题', findings: '诊断结果', resolution: '解决方法', notes: '备注' },
  'zh-Hant': { problem: '問題', findings: '診斷結果', resolution: '解決方法', notes: '備註' },
  ar: { problem: 'المشكلة', findings: 'ما وجده التشخيص', resolution: 'الحل', notes: 'ملاحظات' },
  vi: { problem: 'Vấn đề', findings: 'Kết quả chẩn đoán', resolution: 'Cách khắc phục', notes: 'Ghi chú' },
};

/**
 * A draft article from a ticket: its problem (what the customer asked), the diagnostics findings,
 * the resolution and the engineers' notes, with the customer's name, contact details and
 * identifiers removed. Chat is left out: it is the customer's own words, full of their data.
 * Pure; the author edits the draft before anyone else sees it.
 */
export function draftFromTicket(ticket: TicketDetail): ArticleContent & { language: ArticleLanguage } {
  const names = [ticket.customerName, ticket.customerOrganisation, ...ticket.sessions.map((s) => s.customerName)];
  const scrub = (text: string) => removeCustomerData(text, { names }).trim();
  const problems = [...new Set([ticket.subject, ...ticket.sessions.map((s) => s.description)].map(scrub).filter(Boolean))];
  const events = ticket.sessions.flatMap((s) => s.timeline);
  const findings = [
    ...new Set(events.flatMap((e) => (e.payload.type === 'diagnostics.snapshot' ? e.payload.snapshot.findings.map((f) => f.rule) : []))),
  ];
  const notes = events.flatMap((e) => (e.payload.type === 'note.added' ? [scrub(e.payload.text)] : [])).filter(Boolean);
  const resolution = ticket.resolutionSummary ? scrub(ticket.resolutionSummary) : '';
  const language = guessLanguage([...problems, resolution, ...notes].join(' '));
  const h = HEADINGS[language];
  const sections = [
    `## ${h.problem}\n\n${problems.join('\n\n')}`,
    findings.length > 0 ? `## ${h.findings}\n\n${findings.map((f) => `- ${f}`).join('\n')}` : '',
    `## ${h.resolution}\n\n${resolution || '…'}`,
    notes.length > 0 ? `## ${h.notes}\n\n${notes.map((n) => `- ${n.replace(/\n+/g, ' ')}`).join('\n')}` : '',
  ];
  return {
    title: (problems[0] ?? ticket.subject).slice(0, 200) || '…',
    body: sections.filter(Boolean).join('\n\n'),
    tags: [...new Set([...ticket.tags, ...findings])].slice(0, 20),
    category: ticket.category,
    language,
  };
}
