/**
 * The area table's code, loaded only when a `<wage-table>` asks for an area, a group or a list:
 * a page with single-occupation tables never downloads it.
 */
import type { AreaTable, LoadContext } from '../../data/loaders.ts';
import { areaTable } from '../../data/loaders.ts';
import { parseCodes, parseColumns, parseGroup, parseSort, type Column } from './area-rows.ts';
import { yieldToMain } from './area-rows-view.ts';

export { AreaTableView } from './area-table.ts';

export interface AreaAttributes {
  area: string | undefined;
  group: string | undefined;
  codes: string | undefined;
  compare: string | undefined;
  columns: string | undefined;
  sort: string | undefined;
}

export interface AreaLoaded {
  value: AreaTable;
  group: ReturnType<typeof parseGroup>;
  codes: string[] | undefined;
  columns: Column[];
}

/** Checks every attribute before any document is asked for (a bad one is an invalid-attribute error), then loads. */
export async function loadArea(attrs: AreaAttributes, context: LoadContext): Promise<AreaLoaded> {
  const codes = parseCodes(attrs.codes);
  const group = codes ? undefined : parseGroup(attrs.group);
  const shown = parseColumns(attrs.columns, Boolean(attrs.compare?.trim()));
  parseSort(attrs.sort, shown);
  const value = await areaTable(attrs.area || context.location, attrs.compare, context);
  // The last document was parsed and checked in this task: the table renders in the next one.
  await yieldToMain();
  // The compare area may be the area itself: no second set of columns then.
  const columns = value.compare ? shown : shown.filter((c) => !c.nation);
  return { value, group, codes, columns };
}
