import { readableText } from '@firstline/protocol';

/**
 * systeminformation reports unknowns as '', null, undefined or -1: normalise them once, here. Its
 * strings come from firmware and drivers, which may pad them with NULs: those go, as the server
 * refuses text with control characters.
 */
export const str = (value: unknown): string => {
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  // Cleaned after the cut, so a pair of surrogates cut in half does not stay half.
  return readableText(text.trim().slice(0, 512)).trim();
};

/** A usable measurement, or null for unknown (negative or zero readings included, e.g. a VM's 0 MHz). */
export const measured = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;

/** A count or percentage, where zero is a real answer. */
export const countOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
