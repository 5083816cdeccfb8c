/**
 * CareerOneStop Web API requests (https://www.careeronestop.org/Developers/WebAPI/web-api.aspx).
 * The user ID goes in the path and the token in a bearer header; both stay in this file's requests.
 * Callers pass only validated keywords and locations; they are still encoded, once, here.
 */
import type { CareerOneStopConfig } from './config.ts';
import type { Answer, Upstream } from './upstream.ts';

export const CAREERONESTOP = 'CareerOneStop';

/** Every section the occupation documents use, asked for at once so they share one cached answer. */
const OCCUPATION_OPTIONS = new URLSearchParams({
  training: 'true',
  interest: 'true',
  videos: 'true',
  tasks: 'true',
  wages: 'true',
  alternateOnetTitles: 'true',
  projectedEmployment: 'true',
  ooh: 'true',
  relatedOnetTitles: 'true',
  skills: 'true',
  knowledge: 'true',
  ability: 'true',
  enableMetaData: 'true',
}).toString();

/** Finder pages: filters and sorting at "0" (CareerOneStop's "any"), the first 50 records. */
const FIRST_PAGE = '0/0/0/50';

export interface CareerOneStop {
  /** `GET /v1/occupation/{userId}/{keyword}/{location}` with every section the proxy maps. */
  occupation(keyword: string, location: string): Promise<Answer>;
  /** Certification Finder: `GET /v1/certificationfinder/{userId}/{keyword}/...`. */
  certifications(keyword: string): Promise<Answer>;
  /** License Finder: `GET /v1/license/{userId}/{keyword}/{location}/...`. */
  licenses(keyword: string, state: string): Promise<Answer>;
  /** List Apprenticeship Offices: `GET /v1/apprenticeshipfinder/{userId}/{location}/{radius}`. */
  apprenticeships(state: string): Promise<Answer>;
}

/**
 * Miles around the location. The proxy asks by state code, where the offices are the state's
 * own and the federal and regional offices covering it; the radius is sent because the path
 * requires it (the same value every time, so the cache keys stay few).
 */
const APPRENTICESHIP_RADIUS = '50';

export function careerOneStop(config: CareerOneStopConfig, http: Upstream): CareerOneStop {
  const user = encodeURIComponent(config.userId);
  const get = (path: string) =>
    http.get({
      service: CAREERONESTOP,
      url: `${config.baseUrl}/v1/${path}`,
      headers: { Authorization: `Bearer ${config.token}` },
      // Aggregate codes (and codes it does not know) answer 404.
      notFound: [404],
    });
  const e = encodeURIComponent;
  return {
    occupation: (keyword, location) =>
      get(`occupation/${user}/${e(keyword)}/${e(location)}?${OCCUPATION_OPTIONS}`),
    certifications: (keyword) =>
      get(`certificationfinder/${user}/${e(keyword)}/0/0/0/0/0/0/0/${FIRST_PAGE}?enableMetaData=true`),
    licenses: (keyword, state) =>
      get(`license/${user}/${e(keyword)}/${e(state)}/${FIRST_PAGE}?enableMetaData=true`),
    apprenticeships: (state) => get(`apprenticeshipfinder/${user}/${e(state)}/${APPRENTICESHIP_RADIUS}?enableMetaData=true`),
  };
}
