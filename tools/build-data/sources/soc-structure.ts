/**
 * BLS's SOC 2018 structure workbook: one row per major, minor and broad group and detailed
 * occupation, the code in the column of its level ("Major Group", "Minor Group", "Broad Group",
 * "Detailed Occupation") and the title in the unnamed column after them. The group titles let a
 * table filtered by group (`31`, `29-2`, `29-2070`) say which group it shows.
 */
import type { Release } from '../../../src/data/schema.ts';
import { InputError, PUBLISHED_AT } from '../errors.ts';
import type { InputFiles } from '../readers/files.ts';
import { readWorkbook, sheetTable } from '../readers/xlsx.ts';

const LEVELS = ['Major Group', 'Minor Group', 'Broad Group'] as const;
const GROUP_CODE = /^\d{2}-\d{4}$/;

export interface SocStructure {
  release: Release;
  /** Major, minor and broad groups by code (`31-0000`, `29-2000`, `29-2070`), in the file's order. */
  groups: Map<string, string>;
}

export async function readSocStructure(path: string, inputs: InputFiles): Promise<SocStructure> {
  const workbook = await readWorkbook(inputs.read(path, 'soc-structure'), path);
  const table = sheetTable(workbook, 0, path, 'Major Group');
  table.require(...LEVELS, 'Detailed Occupation');
  const titleAt = table.indexOf('Detailed Occupation') + 1;
  const groups = new Map<string, string>();
  let i = -1;
  for (const row of table.records()) {
    i++;
    const level = LEVELS.find((name) => row.text(name) !== '');
    if (!level) continue;
    const code = row.matching(level, GROUP_CODE, 'a SOC group code like 29-2000');
    const title = table.rows[i]?.[titleAt];
    const text = typeof title === 'string' ? title.trim() : '';
    if (text === '') row.fail(`no title for ${code}`);
    groups.set(code, text);
  }
  if (groups.size === 0) throw new InputError(`${path}: no SOC groups`);
  return {
    release: {
      id: 'soc',
      name: '2018 Standard Occupational Classification System',
      version: '2018',
      publisher: 'U.S. Bureau of Labor Statistics (BLS)',
      url: PUBLISHED_AT.soc,
    },
    groups,
  };
}
