/**
 * Abilities from an older O*NET release (onet/supplements/abilities-importance-onet24.csv), used
 * only when the main release has no Abilities.txt. It has importance only and names elements
 * without ids, so ids come from the main release's Content Model Reference. Its codes predate the
 * 2019 taxonomy: only occupations whose code did not change match.
 */
import { basename } from 'node:path';
import type { Release } from '../../../src/data/schema.ts';
import { InputError, PUBLISHED_AT } from '../errors.ts';
import { readCsv } from '../readers/csv.ts';
import type { InputFiles } from '../readers/files.ts';
import { ONET_CODE, type Ratings } from './onet.ts';

export interface AbilitiesSupplement {
  release: Release;
  ratings: Map<string, Ratings>;
}

export function readAbilitiesSupplement(
  path: string,
  inputs: InputFiles,
  elements: Map<string, { name: string }>,
): AbilitiesSupplement {
  const table = readCsv(inputs.read(path, 'abilities-supplement'), path);
  table.require('O*NET-SOC Code', 'Element Name', 'Data Value');
  // Abilities are the content model's 1.A branch; their names are unique there.
  const idByName = new Map<string, string>();
  for (const [id, element] of elements) if (id.startsWith('1.A.')) idByName.set(element.name, id);
  // The export carries no flags: none of its ratings is marked low precision.
  const ratings = new Map<string, Ratings>();
  for (const row of table.records()) {
    const code = row.matching('O*NET-SOC Code', ONET_CODE, 'an O*NET-SOC code like 31-9092.00');
    const name = row.required('Element Name');
    const id = idByName.get(name) ?? row.fail(`"${name}" is not an ability in the O*NET release's content model`);
    let entry = ratings.get(code);
    if (!entry) ratings.set(code, (entry = { items: [], lowPrecision: [] }));
    entry.items.push({ id, name, importance: row.number('Data Value'), level: null });
  }
  for (const { items } of ratings.values()) items.sort((a, b) => b.importance - a.importance);

  // The file name says which release it was taken from ("...-onet24.csv" -> O*NET 24).
  const version = /onet[-_ ]?(\d+(?:[._]\d+)?)/i.exec(basename(path))?.[1]?.replace('_', '.');
  if (!version) {
    throw new InputError(`${path}: the file name must say which O*NET release it comes from (like abilities-importance-onet24.csv)`);
  }
  return {
    release: {
      id: 'abilities',
      name: `O*NET ${version} Database, Abilities (importance only)`,
      version,
      publisher: 'U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)',
      url: PUBLISHED_AT.onetReleases,
    },
    ratings,
  };
}
