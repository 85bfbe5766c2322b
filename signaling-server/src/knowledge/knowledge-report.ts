import type { KnowledgeReport } from '../../protocol';
import type { KnowledgeReportRows } from '../store/article-usage';

const TOP = 10;

/**
 * The knowledge report from its rows: the articles used most (sent in chat, marked as the
 * solution, or the answer a customer found alone), deflections, tickets solved with an article, and
 * the categories that had tickets but have no published article: the gaps to write up next.
 */
export function buildKnowledgeReport(rows: KnowledgeReportRows): KnowledgeReport {
  const covered = new Set(rows.coveredCategories.map((c) => c.toLowerCase()));
  return {
    mostUsed: rows.uses
      .map((u) => ({ id: u.articleId, title: u.title, sent: u.sent, solved: u.solved, deflections: u.deflections }))
      .sort((a, b) => b.sent + b.solved + b.deflections - (a.sent + a.solved + a.deflections) || a.title.localeCompare(b.title))
      .slice(0, TOP),
    deflections: rows.deflections,
    ticketsSolvedWithArticle: rows.ticketsSolved,
    gaps: rows.ticketCategories
      .filter((c) => !covered.has(c.category.toLowerCase()))
      .sort((a, b) => b.tickets - a.tickets || a.category.localeCompare(b.category))
      .slice(0, TOP),
  };
}
