/** systeminformation reports unknowns as '', null, undefined or -1: normalise them once, here. */
export const str = (value: unknown): string =>
  (typeof value === 'string' ? value.trim() : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '').slice(0, 512);

/** A usable measurement, or null for unknown (negative or zero readings included, e.g. a VM's 0 MHz). */
export const measured = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;

/** A count or percentage, where zero is a real answer. */
export const countOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
