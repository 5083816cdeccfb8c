/** `projections/{soc}.json`: national base and projected employment, change and openings. */
import { type ProjectionsDocument, SCHEMA_VERSION } from '../../../src/data/schema.ts';
import type { ProjectionFigures, ProjectionLine, Projections } from '../sources/projections.ts';

export function projectionsDocument(
  line: ProjectionLine & { figures: ProjectionFigures },
  projections: Projections,
): ProjectionsDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'projections',
    sources: [projections.release],
    soc: line.soc,
    title: line.title,
    baseYear: projections.baseYear,
    projectedYear: projections.projectedYear,
    rows: [{ area: 'US', ...line.figures }],
  };
}
