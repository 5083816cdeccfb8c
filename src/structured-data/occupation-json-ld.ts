/**
 * schema.org `Occupation` JSON-LD for the host page: program pages are where students arrive from
 * search, and a search engine reads structured data from the page's light DOM, never from a
 * shadow root. Built only from the endpoint's documents: a withheld or top-coded wage is left out
 * of the distribution, never guessed.
 */
import type { OccupationInArea } from '../data/loaders.ts';
import type { AreaWages, Occupation, WageRow, WagesDocument, LocalWagesDocument } from '../data/schema.ts';

/** The JSON-LD object (a subset of schema.org's Occupation, checked against it in test/types). */
export interface OccupationJsonLd {
  '@context': 'https://schema.org';
  '@type': 'Occupation';
  name: string;
  description: string;
  alternateName?: string[];
  occupationalCategory: CategoryCode[];
  estimatedSalary?: MonetaryAmountDistribution[];
  educationRequirements?: string;
  experienceRequirements?: string;
  qualifications?: string;
  occupationLocation: Place[];
}

interface CategoryCode {
  '@type': 'CategoryCode';
  codeValue: string;
  inCodeSet: { '@type': 'CategoryCodeSet'; name: string; url: string };
}

interface MonetaryAmountDistribution {
  '@type': 'MonetaryAmountDistribution';
  /** The release and the place, such as "May 2025 OEWS Estimates, California". */
  name: string;
  currency: 'USD';
  /** `P1Y` for annual wages, `PT1H` for hourly. */
  duration: 'P1Y' | 'PT1H';
  percentile10?: number;
  percentile25?: number;
  median?: number;
  percentile75?: number;
  percentile90?: number;
}

/**
 * The nation, a state, or a metropolitan or nonmetropolitan area: not a State, so the general
 * `AdministrativeArea`, the type schema.org's `occupationLocation` takes besides Country, State and City.
 */
type Place = { '@type': 'Country' | 'State' | 'AdministrativeArea'; name: string };

export interface JsonLdInput {
  occupation: Occupation;
  wages: WagesDocument | LocalWagesDocument | null;
  /** The row shown: the chosen area's, or the nation's when the area has none. */
  row: AreaWages | null;
  /** `US`, a state code or a BLS area code, and its name as the endpoint's index gives it. */
  area: string;
  areaName: string;
  /** For a metropolitan or nonmetropolitan area, the state it is shown beside; null for the nation or a state. */
  state: OccupationInArea['state'];
}

/** The Occupation block for an occupation's figures in one area. */
export function occupationJsonLd({ occupation: o, wages, row, area, areaName, state }: JsonLdInput): OccupationJsonLd {
  const typical = o.education.typical;
  const given = (text: string | undefined) => (text && text !== 'None' ? text : undefined);
  const salary = row && wages ? salaryDistribution(wages, row, row.area === 'US' ? 'United States' : areaName) : undefined;
  const ld: OccupationJsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: o.title,
    description: o.description,
    occupationalCategory: [
      code(o.code, 'O*NET-SOC', 'https://www.onetcenter.org/taxonomy.html'),
      code(o.soc, 'SOC 2018', 'https://www.bls.gov/soc/2018/'),
    ],
    occupationLocation: [
      area === 'US' ? { '@type': 'Country', name: 'United States' } : { '@type': state ? 'AdministrativeArea' : 'State', name: areaName },
    ],
  };
  if (o.alsoKnownAs.length) ld.alternateName = o.alsoKnownAs;
  if (salary) ld.estimatedSalary = [salary];
  if (given(typical?.education)) ld.educationRequirements = typical!.education;
  if (given(typical?.experience)) ld.experienceRequirements = typical!.experience;
  if (o.jobZone) ld.qualifications = `${o.jobZone.name}. ${o.jobZone.experience}`;
  return ld;
}

const code = (codeValue: string, name: string, url: string): CategoryCode => ({
  '@type': 'CategoryCode',
  codeValue,
  inCodeSet: { '@type': 'CategoryCodeSet', name, url },
});

/** Annual percentiles (hourly where BLS publishes only those); undefined when none is published. */
function salaryDistribution(wages: WagesDocument | LocalWagesDocument, row: AreaWages, place: string): MonetaryAmountDistribution | undefined {
  const hourly = wages.hourlyOnly;
  const figures: WageRow = hourly ? row.hourly : row.annual;
  const release = wages.sources.find((s) => s.id === 'oews')?.name ?? 'OEWS Estimates';
  const d: MonetaryAmountDistribution = {
    '@type': 'MonetaryAmountDistribution',
    name: `${release}, ${place}`,
    currency: 'USD',
    duration: hourly ? 'PT1H' : 'P1Y',
  };
  const keys = [['percentile10', 'p10'], ['percentile25', 'p25'], ['median', 'median'], ['percentile75', 'p75'], ['percentile90', 'p90']] as const;
  let any = false;
  for (const [to, from] of keys) {
    const value = figures[from];
    if (typeof value === 'number') (d[to] = value), (any = true);
  }
  return any ? d : undefined;
}
