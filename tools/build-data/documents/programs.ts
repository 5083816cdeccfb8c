/** `programs/{cip}.json`: the O*NET occupations an education program prepares for. */
import { type ProgramDocument, type Release, SCHEMA_VERSION } from '../../../src/data/schema.ts';
import type { CipProgram } from '../sources/cip.ts';
import type { OnetOccupation } from '../sources/onet.ts';

/** @param bySoc O*NET occupations by SOC code, in O*NET's order */
export function programDocument(
  program: CipProgram,
  bySoc: Map<string, OnetOccupation[]>,
  sources: Release[],
): ProgramDocument | null {
  const occupations = program.socs
    .flatMap((soc) => bySoc.get(soc) ?? [])
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((o) => ({ code: o.code, soc: o.code.slice(0, 7), title: o.title }));
  if (occupations.length === 0) return null;
  return { schemaVersion: SCHEMA_VERSION, kind: 'program', sources, cip: program.cip, title: program.title, occupations };
}
