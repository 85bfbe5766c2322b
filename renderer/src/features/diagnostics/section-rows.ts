import { formatBytes } from '../ui/format';
/** Pure helpers that turn a section's data into rows and tables a person can read. */
export type Cell = string | number | boolean | null;
export interface FieldRow {
  key: string;
  label: string[];
  value: Cell;
}
export interface TableBlock {
  key: string;
  columns: string[];
  rows: Cell[][];
}
export interface SectionView {
  fields: FieldRow[];
  tables: TableBlock[];
}

const isScalar = (v: unknown): v is Cell => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** Scalars become fields (nested objects with a path), arrays of objects become tables. */
export function sectionView(data: unknown): SectionView {
  const view: SectionView = { fields: [], tables: [] };
  const walk = (value: unknown, path: string[]) => {
    if (isScalar(value)) return void view.fields.push({ key: path.at(-1) ?? '', label: path, value });
    if (Array.isArray(value)) {
      if (value.every(isScalar)) return void view.fields.push({ key: path.at(-1) ?? '', label: path, value: value.join(', ') });
      const objects = value.filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object');
      const columns = [...new Set(objects.flatMap((o) => Object.keys(o).filter((k) => isScalar(o[k]))))];
      return void view.tables.push({
        key: path.at(-1) ?? '',
        columns,
        rows: objects.map((o) => columns.map((c) => (isScalar(o[c]) ? o[c] : null))),
      });
    }
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(data, []);
  return view;
}

const UNITS: Array<[RegExp, string]> = [
  [/Percent$/, '%'],
  [/GHz$/, 'GHz'],
  [/MHz$/, 'MHz'],
  [/Mbps$/, 'Mbit/s'],
  [/MB$/, 'MB'],
  [/GB$/, 'GB'],
  [/Dbm$/, 'dBm'],
  [/C$/, '°C'],
  [/^ms$/, 'ms'],
];

function duration(seconds: number): string {
  const d = Math.floor(seconds / 86_400);
  const h = Math.floor((seconds % 86_400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return d > 0 ? `${d}d ${h}h ${m}m` : `${h}h ${m}m`;
}

/** A value shown with the unit its key implies: bytes, percentages, durations, clock speeds… */
export function formatValue(key: string, value: Cell, language: string, yesNo: [string, string]): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? yesNo[0] : yesNo[1];
  if (typeof value === 'string') return value;
  if (/Bytes$/.test(key)) return formatBytes(value, language);
  if (/Seconds$/.test(key)) return duration(value);
  const unit = UNITS.find(([pattern]) => pattern.test(key))?.[1];
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
  return unit ? `${number} ${unit}` : number;
}

/** Case-insensitive search over labels and formatted values. */
export function matches(query: string, ...texts: string[]): boolean {
  const q = query.trim().toLowerCase();
  return q === '' || texts.some((text) => text.toLowerCase().includes(q));
}
