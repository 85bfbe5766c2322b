import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

/** A CSV column: its header and how to read it from a row. */
export type CsvColumn<Row> = [string, (row: Row) => string | number | null];

export const isoTime = (at: number | null) => (at === null ? null : new Date(at).toISOString());

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

export async function* rowsAsCsv<Row>(columns: Array<CsvColumn<Row>>, rows: AsyncIterable<Row>): AsyncGenerator<string> {
  yield `${columns.map(([name]) => name).join(',')}\r\n`;
  for await (const row of rows) yield `${columns.map(([, pick]) => csvCell(pick(row))).join(',')}\r\n`;
}

export async function* rowsAsJson<Row>(rows: AsyncIterable<Row>): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for await (const row of rows) {
    yield `${first ? '' : ','}\n${JSON.stringify(row)}`;
    first = false;
  }
  yield '\n]\n';
}

/** Streams rows as a CSV or JSON download, row by row, so memory stays flat however many there are. */
export function sendExport<Row>(
  reply: FastifyReply,
  name: string,
  format: 'csv' | 'json',
  columns: Array<CsvColumn<Row>>,
  rows: AsyncIterable<Row>,
) {
  return reply
    .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
    .header('content-disposition', `attachment; filename="firstline-${name}.${format}"`)
    .send(Readable.from(format === 'csv' ? rowsAsCsv(columns, rows) : rowsAsJson(rows)));
}
