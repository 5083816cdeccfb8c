/** `programs/{cip}.json`: the O*NET occupations an education program prepares for. */
import { type ProgramDocument, type ProgramsIndex, type Release, SCHEMA_VERSION } from '../../../src/data/schema.ts';
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

/**
 * `programs-index.json`: the programs that have a document, so a web editor can find a CIP code by
 * its title ("welding") without fetching ~2,000 documents.
 */
export function programsIndexDocument(programs: ProgramDocument[], sources: Release[]): ProgramsIndex {
  const sorted = [...programs].sort((a, b) => (a.cip < b.cip ? -1 : 1));
  return { schemaVersion: SCHEMA_VERSION, kind: 'programs-index', sources, programs: sorted.map((p) => [p.cip, p.title]) };
}
