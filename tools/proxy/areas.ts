/**
 * The states and DC by USPS code, FIPS code and name (as the static endpoint's index.json lists
 * them): CareerOneStop names areas by FIPS code (`StFips`, `Stfips`), the endpoint by USPS code.
 */

export const STATES: ReadonlyArray<readonly [code: string, fips: string, name: string]> = [
  ['AL', '01', 'Alabama'], ['AK', '02', 'Alaska'], ['AZ', '04', 'Arizona'],
  ['AR', '05', 'Arkansas'], ['CA', '06', 'California'], ['CO', '08', 'Colorado'],
  ['CT', '09', 'Connecticut'], ['DE', '10', 'Delaware'], ['DC', '11', 'District of Columbia'],
  ['FL', '12', 'Florida'], ['GA', '13', 'Georgia'], ['HI', '15', 'Hawaii'], ['ID', '16', 'Idaho'],
  ['IL', '17', 'Illinois'], ['IN', '18', 'Indiana'], ['IA', '19', 'Iowa'], ['KS', '20', 'Kansas'],
  ['KY', '21', 'Kentucky'], ['LA', '22', 'Louisiana'], ['ME', '23', 'Maine'],
  ['MD', '24', 'Maryland'], ['MA', '25', 'Massachusetts'], ['MI', '26', 'Michigan'],
  ['MN', '27', 'Minnesota'], ['MS', '28', 'Mississippi'], ['MO', '29', 'Missouri'],
  ['MT', '30', 'Montana'], ['NE', '31', 'Nebraska'], ['NV', '32', 'Nevada'],
  ['NH', '33', 'New Hampshire'], ['NJ', '34', 'New Jersey'], ['NM', '35', 'New Mexico'],
  ['NY', '36', 'New York'], ['NC', '37', 'North Carolina'], ['ND', '38', 'North Dakota'],
  ['OH', '39', 'Ohio'], ['OK', '40', 'Oklahoma'], ['OR', '41', 'Oregon'],
  ['PA', '42', 'Pennsylvania'], ['RI', '44', 'Rhode Island'], ['SC', '45', 'South Carolina'],
  ['SD', '46', 'South Dakota'], ['TN', '47', 'Tennessee'], ['TX', '48', 'Texas'],
  ['UT', '49', 'Utah'], ['VT', '50', 'Vermont'], ['VA', '51', 'Virginia'],
  ['WA', '53', 'Washington'], ['WV', '54', 'West Virginia'], ['WI', '55', 'Wisconsin'],
  ['WY', '56', 'Wyoming'],
];

const byFips = new Map(STATES.map(([code, fips]) => [fips, code]));
const byCode = new Map(STATES.map(([code, , name]) => [code, name]));

/** The USPS code of a state FIPS code ("6" or "06"), or null. */
export function stateOfFips(fips: unknown): string | null {
  const digits = typeof fips === 'number' ? String(fips) : typeof fips === 'string' ? fips.trim() : '';
  if (!/^\d{1,2}$/.test(digits)) return null;
  return byFips.get(digits.padStart(2, '0')) ?? null;
}

/** Whether a two-letter code is a state (or DC) the endpoint knows. */
export const isState = (code: string): boolean => byCode.has(code);

export const stateName = (code: string): string | null => byCode.get(code) ?? null;

/** The state of a "City, ST" location, else null. */
export function stateOfLocation(location: string): string | null {
  if (isState(location)) return location;
  const match = /, ([A-Z]{2})$/.exec(location);
  return match && isState(match[1]!) ? match[1]! : null;
}
