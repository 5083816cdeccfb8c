/**
 * CareerOneStop's numbers: strings with thousands separators ("98,400"), top-coded wages with a
 * trailing plus ("100+", "208,000+"), and null, "" or "N/A" where there is no figure. Parsed
 * exactly as written: a figure is never rounded, and a missing one never becomes 0.
 */
import type { WageValue } from '../../src/data/schema.ts';

const NUMBER = /^-?\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^-?\d+(?:\.\d+)?$/;

/** The number written, or null when the field holds no figure. */
export function parseNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(/^\$/, '').replace(/%$/, '');
  if (!NUMBER.test(text)) return null;
  return Number(text.replaceAll(',', ''));
}

/** A whole, non-negative count ("194,800"), or null. */
export function parseCount(value: unknown): number | null {
  const n = parseNumber(value);
  return n !== null && Number.isInteger(n) && n >= 0 ? n : null;
}

/** A wage: the figure, `{ atLeast }` for a top-coded "208,000+", else "not-available". */
export function parseWage(value: unknown): WageValue {
  if (typeof value === 'string' && value.trim().endsWith('+')) {
    const floor = parseNumber(value.trim().slice(0, -1));
    return floor === null ? 'not-available' : { atLeast: floor };
  }
  const n = parseNumber(value);
  // A wage of 0 is how some feeds spell "none": the schema never shows 0 for a wage.
  return n === null || n <= 0 ? 'not-available' : n;
}

/** A non-empty trimmed string, else null. */
export function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Only https links are carried (the schema refuses others). */
export function httpsUrl(value: unknown): string | null {
  const url = text(value);
  return url && /^https:\/\/[^\s"<>]+$/.test(url) ? url : null;
}

/** A list, or [] for null, a missing field or anything else (CareerOneStop sends null lists). */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** An object's fields, or {} for null and non-objects. */
export function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
