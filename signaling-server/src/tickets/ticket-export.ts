import type { TicketSummary } from '../../protocol';

type ExportRow = TicketSummary & { resolutionSummary: string | null };

const COLUMNS: Array<[string, (t: ExportRow) => string | number | null]> = [
  ['id', (t) => t.id],
  ['subject', (t) => t.subject],
  ['customer', (t) => t.customerName],
  ['customer_email', (t) => t.customerEmail],
  ['organisation', (t) => t.customerOrganisation],
  ['status', (t) => t.status],
  ['priority', (t) => t.priority],
  ['category', (t) => t.category],
  ['assignee', (t) => t.assigneeName],
  ['tags', (t) => t.tags.join(' ')],
  ['sessions', (t) => t.sessionCount],
  ['created', (t) => new Date(t.createdAt).toISOString()],
  ['updated', (t) => new Date(t.updatedAt).toISOString()],
  ['resolved', (t) => (t.resolvedAt === null ? null : new Date(t.resolvedAt).toISOString())],
  ['resolution', (t) => t.resolutionSummary],
];

/**
 * One CSV cell: quoted when needed, and a leading = + - @ (or tab/CR) neutralised so a spreadsheet
 * never runs what a customer typed as a formula.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export async function* ticketsAsCsv(rows: AsyncIterable<ExportRow>): AsyncGenerator<string> {
  yield `${COLUMNS.map(([name]) => name).join(',')}\r\n`;
  for await (const row of rows) yield `${COLUMNS.map(([, pick]) => csvCell(pick(row))).join(',')}\r\n`;
}

export async function* ticketsAsJson(rows: AsyncIterable<ExportRow>): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for await (const row of rows) {
    yield `${first ? '' : ','}\n${JSON.stringify(row)}`;
    first = false;
  }
  yield '\n]\n';
}
