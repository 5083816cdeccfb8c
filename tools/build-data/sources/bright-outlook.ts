/**
 * O*NET Bright Outlook occupations (an O*NET OnLine export: Code, Occupation, Categories), the
 * categories separated by "; ". The export carries no date, so its version says so rather than
 * guessing one.
 */
import type { Release } from '../../../src/data/schema.ts';
import { PUBLISHED_AT } from '../errors.ts';
import { readCsv } from '../readers/csv.ts';
import type { InputFiles } from '../readers/files.ts';
import { ONET_CODE } from './onet.ts';

export interface BrightOutlook {
  release: Release;
  categories: Map<string, string[]>;
}

export function readBrightOutlook(path: string, inputs: InputFiles): BrightOutlook {
  const table = readCsv(inputs.read(path, 'bright-outlook'), path);
  table.require('Code', 'Categories');
  const categories = new Map<string, string[]>();
  for (const row of table.records()) {
    const code = row.matching('Code', ONET_CODE, 'an O*NET-SOC code like 29-2072.00');
    const list = row
      .required('Categories')
      .split(';')
      .map((c) => c.trim())
      .filter((c) => c !== '');
    categories.set(code, list);
  }
  return {
    release: {
      id: 'bright-outlook',
      name: 'O*NET Bright Outlook Occupations',
      version: 'undated O*NET OnLine export',
      publisher: 'U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)',
      url: PUBLISHED_AT.brightOutlook,
    },
    categories,
  };
}
