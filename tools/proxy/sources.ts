/**
 * The `sources` releases of the proxy's documents and its index.json. CareerOneStop's answer says
 * which programs its figures come from (`MetaData.DataSource`): each becomes a release, so the
 * widgets' footer credits the same sources CareerOneStop's own pages credit.
 */
import { LIVE_KINDS, SCHEMA_VERSION, type IndexDocument, type Release } from '../../src/data/schema.ts';
import { STATES } from './areas.ts';
import type { ProxyConfig } from './config.ts';
import { httpsUrl, list, record, text } from './numbers.ts';

const CAREERONESTOP_URL = 'https://www.careeronestop.org/';

/** O*NET Web Services' terms ask for this text and a link near the data. */
const ONET_ATTRIBUTION =
  'This page includes information from O*NET Web Services by the U.S. Department of Labor, ' +
  'Employment and Training Administration (USDOL/ETA). O*NET® is a trademark of USDOL/ETA.';

/** CareerOneStop's licence requires crediting it and its sponsor wherever its data is shown. */
const CAREERONESTOP_ATTRIBUTION =
  'This page includes information from CareerOneStop (www.careeronestop.org), sponsored by the ' +
  'U.S. Department of Labor, Employment and Training Administration.';

export const onetRelease: Release = {
  id: 'onet-web-services',
  name: 'O*NET Web Services',
  version: 'API version 2',
  publisher: 'National Center for O*NET Development, for USDOL/ETA',
  url: 'https://services.onetcenter.org/',
};

/** CareerOneStop itself, then each data source its answer names, in its order. */
export function careerOneStopReleases(body: unknown): Release[] {
  const meta = record(record(body).MetaData);
  // The access date is the closest thing to a version a live answer has.
  const accessed = text(meta.LastAccessDate) ?? 'live';
  const releases: Release[] = [
    {
      id: 'careeronestop',
      name: 'CareerOneStop Web API',
      version: accessed,
      publisher: text(meta.Publisher) ?? 'CareerOneStop',
      url: CAREERONESTOP_URL,
    },
  ];
  for (const source of list(meta.DataSource)) {
    const s = record(source);
    const name = text(s.DataName);
    const publisher = text(s.DataSourceName);
    if (!name || !publisher) continue;
    releases.push({
      id: `careeronestop:${slug(name)}`,
      name,
      version: accessed,
      publisher,
      // The schema carries https links only; a source without one links to CareerOneStop.
      url: httpsUrl(s.DataSourceUrl) ?? CAREERONESTOP_URL,
    });
  }
  return releases;
}

const slug = (name: string) =>
  name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'source';

/**
 * The proxy's index.json, built from configuration alone (no upstream call), so a widget's
 * attribution renders even while an upstream is down. A live source has no document counts or
 * release files: counts are 0 and missingFiles empty; descriptors travel inside the documents.
 */
export function indexDocument(config: ProxyConfig): IndexDocument {
  const sources: Release[] = [];
  const attribution: Record<string, string> = {};
  if (config.careerOneStop) {
    sources.push({
      id: 'careeronestop',
      name: 'CareerOneStop Web API',
      version: 'live',
      publisher: 'CareerOneStop',
      url: CAREERONESTOP_URL,
    });
    attribution.careeronestop = CAREERONESTOP_ATTRIBUTION;
  }
  if (config.onet) {
    sources.push(onetRelease);
    attribution['onet-web-services'] = ONET_ATTRIBUTION;
  }
  const live = sources.map((s) => s.id).join('+');
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'index',
    datasetVersion: `live:${live}`,
    sources,
    attribution,
    areas: [
      { code: 'US', name: 'U.S.', fips: '99' },
      ...STATES.map(([code, fips, name]) => ({ code, name, fips })),
    ],
    counts: { occupations: 0, wages: 0, projections: 0, programs: 0, areas: STATES.length + 1 },
    missingFiles: [],
    descriptors: {},
    // What only CareerOneStop has: without its credentials the proxy serves none of it.
    ...(config.careerOneStop ? { live: { kinds: [...LIVE_KINDS] } } : {}),
  };
}
