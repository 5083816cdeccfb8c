/**
 * `projections/{soc}.json`: national base and projected employment, change and openings, then the
 * states' when the build reads Projections Central's file. Every row names its own period, since
 * the state cycle need not be the national one.
 */
import { type ProjectionsDocument, type Release, SCHEMA_VERSION } from '../../../src/data/schema.ts';
import type { ProjectionFigures, ProjectionLine, Projections } from '../sources/projections.ts';
import type { StateProjections } from '../sources/state-projections.ts';

export function projectionsDocument(
  line: ProjectionLine & { figures: ProjectionFigures },
  projections: Projections,
  states: StateProjections | null,
): ProjectionsDocument {
  const { baseYear, projectedYear } = projections;
  const stateRows = states?.rows.get(line.soc) ?? [];
  const sources: Release[] = [projections.release];
  if (stateRows.length > 0) sources.push(states!.release);
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'projections',
    sources,
    soc: line.soc,
    title: line.title,
    baseYear,
    projectedYear,
    rows: [
      { area: 'US', baseYear, projectedYear, ...line.figures },
      ...stateRows.map(({ area, baseYear, projectedYear, ...figures }) => ({ area, baseYear, projectedYear, ...figures })),
    ],
  };
}
