/**
 * A rebuilt table's sidecar, `<file>.meta.json` beside it: `derivedColumns` names the columns that
 * were not in the source it was rebuilt from and says how they were made (`"H_PCT10": "A_PCT10 /
 * 2080, rounded to the cent"`). Their figures are estimates, not the publisher's, and the endpoint
 * marks them so. BLS's own workbooks have no sidecar: every figure in them is published.
 */
import { existsSync } from 'node:fs';
import type { EstimatedField } from '../../../src/data/schema.ts';
import { InputError } from '../errors.ts';
import type { InputFiles } from '../readers/files.ts';

/** The OEWS columns the endpoint carries, and the field of a wages row each becomes. */
export const OEWS_FIELDS: Record<string, EstimatedField> = {
  TOT_EMP: 'employment',
  H_PCT10: 'hourly.p10',
  H_PCT25: 'hourly.p25',
  H_MEDIAN: 'hourly.median',
  H_PCT75: 'hourly.p75',
  H_PCT90: 'hourly.p90',
  H_MEAN: 'hourly.mean',
  A_PCT10: 'annual.p10',
  A_PCT25: 'annual.p25',
  A_MEDIAN: 'annual.median',
  A_PCT75: 'annual.p75',
  A_PCT90: 'annual.p90',
  A_MEAN: 'annual.mean',
};

/** Derived columns the endpoint carries, by column: how each was made, in the sidecar's words. */
export type Derived = Map<string, string>;

export function readSidecar(path: string, role: string, inputs: InputFiles): Derived {
  const sidecar = `${path}.meta.json`;
  const derived: Derived = new Map();
  if (!existsSync(sidecar)) return derived;
  let meta: unknown;
  try {
    meta = JSON.parse(inputs.read(sidecar, `${role}-meta`).toString('utf8'));
  } catch (error) {
    throw new InputError(`${sidecar}: not readable JSON (${(error as Error).message})`);
  }
  const columns = (meta as { derivedColumns?: unknown }).derivedColumns;
  if (columns === undefined) return derived;
  if (columns === null || typeof columns !== 'object' || Object.values(columns).some((v) => typeof v !== 'string')) {
    throw new InputError(`${sidecar}: "derivedColumns" must map column names to texts saying how each was made`);
  }
  for (const [column, how] of Object.entries(columns as Record<string, string>)) {
    // Derived columns the endpoint does not carry (jobs per 1,000, ...) need no mark.
    if (OEWS_FIELDS[column.trim().toUpperCase()]) derived.set(column.trim().toUpperCase(), how.trim());
  }
  return derived;
}
