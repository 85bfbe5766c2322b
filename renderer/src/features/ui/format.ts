/** "4:05" for a wait, "1:02:09" past the hour. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

export function formatDateTime(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(at);
}

export function formatTime(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'medium' }).format(at);
}

export function formatDate(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(at);
}

/** About how many minutes, at least one, in the reader's words and plural: "3 minutes", "3 phút", "٣ دقائق". */
export function formatMinutes(ms: number, language: string): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
}

/** A report day ("2026-11-03", UTC) as the reader writes a short date: "Nov 3", "3 thg 11", "١١/٣". */
export function formatDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${day}T00:00:00Z`));
}

/** 1536 → "1.5 KB": binary steps, the reader's digits. */
export function formatBytes(value: number, language: string): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = value;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i += 1;
  }
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: i === 0 ? 0 : 1 }).format(v)} ${units[i]}`;
}

/** User-entered text inside a translated sentence, isolated so a right-to-left name cannot reorder the sentence. */
export const isolate = (text: string) => `\u2068${text}\u2069`;

/** A ticket's number ("#42") as one left-to-right unit, so right-to-left text around it cannot turn it into "42#". */
export const ticketRef = (id: number) => `\u2066#${id}\u2069`;

/** "Ada, Bea and Chen" in the reader's language. */
export function formatList(items: string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}
