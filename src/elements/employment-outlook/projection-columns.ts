import type { ProjectionsInArea } from '../../data/loaders.ts';
import type { ProjectionRow, ProjectionsDocument } from '../../data/schema.ts';

/** A column of the projections table: a place, its row and the row's own projection period. */
export interface ProjectionColumn {
  name: string;
  row: ProjectionRow;
  /** The chosen place (highlighted), not the nation shown beside it. */
  chosen: boolean;
  baseYear: number;
  projectedYear: number;
}

/**
 * The state's projections (the chosen state's, or a local area's state's: projections are
 * published for states, not for smaller areas) beside the nation's, each with its own period. A
 * row written before rows carried their years has the document's (the nation's) period.
 */
export function projectionColumns(d: ProjectionsInArea, doc: ProjectionsDocument, nation: ProjectionRow, nationName: string) {
  const column = (name: string, row: ProjectionRow, chosen: boolean): ProjectionColumn => ({
    name,
    row,
    chosen,
    baseYear: row.baseYear ?? doc.baseYear,
    projectedYear: row.projectedYear ?? doc.projectedYear,
  });
  const stateRow = d.state ? d.stateRow : d.local;
  const stateName = d.state ? d.state.name : d.areaName;
  const columns = stateRow
    ? [column(stateName, stateRow, true), column(nationName, nation, false)]
    : [column(nationName, nation, false)];
  const [first] = columns as [ProjectionColumn];
  // Two cycles are never shown as one: each column then names its own years.
  const sameCycle = columns.every((c) => c.baseYear === first.baseYear && c.projectedYear === first.projectedYear);
  return { columns, sameCycle, stateName, hasState: !!stateRow };
}

export const years = (c: { baseYear: number; projectedYear: number }): string => `${c.baseYear}–${c.projectedYear}`;
