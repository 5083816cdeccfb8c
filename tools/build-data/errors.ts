/**
 * Errors a user can act on. The CLI prints their message (no stack) and exits non-zero; anything
 * else is a bug in the build and is printed with its stack.
 */

/** A problem with the inputs: a missing file or column, or a row that cannot be read. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Where each official release is published, so a missing file says where to get it. */
export const PUBLISHED_AT = {
  onet: 'https://www.onetcenter.org/database.html',
  oews: 'https://www.bls.gov/oes/tables.htm',
  projections: 'https://www.bls.gov/emp/tables.htm',
  stateProjections: 'https://projectionscentral.org/Projections/LongTerm',
  cip: 'https://nces.ed.gov/ipeds/cipcode/resources.aspx?y=56',
  soc: 'https://www.bls.gov/soc/2018/home.htm',
  brightOutlook: 'https://www.onetonline.org/find/bright',
  onetReleases: 'https://www.onetcenter.org/db_releases.html',
} as const;

export function missingFile(file: string, what: string, publishedAt: string): InputError {
  return new InputError(
    `missing required file: ${file}\n  This is ${what}.\n  The official release is published at ${publishedAt}`,
  );
}

/** `file:line: message`, the form editors and terminals turn into a link. */
export function rowError(where: string, message: string): InputError {
  return new InputError(`${where}: ${message}`);
}
