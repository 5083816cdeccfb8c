/**
 * O*NET Web Services version 2 requests (https://services.onetcenter.org/reference/): the key in
 * an `X-API-Key` header. The proxy asks for the occupation details report and the job outlook.
 */
import type { OnetConfig } from './config.ts';
import type { Answer, Upstream } from './upstream.ts';

export const ONET = 'O*NET Web Services';

export interface Onet {
  /** `GET /online/occupations/{code}/details/`: occupation, tasks, job zone, related occupations. */
  details(code: string): Promise<Answer>;
  /** `GET /mnm/careers/{code}/job_outlook`: outlook and Bright Outlook categories. */
  outlook(code: string): Promise<Answer>;
}

export function onet(config: OnetConfig, http: Upstream): Onet {
  const get = (path: string) =>
    http.get({
      service: ONET,
      url: `${config.baseUrl}/${path}`,
      headers: { 'X-API-Key': config.apiKey },
      // Version 2 answers an unknown code with 404 (and some invalid requests with 422).
      notFound: [404],
    });
  return {
    details: (code) => get(`online/occupations/${encodeURIComponent(code)}/details/`),
    outlook: (code) => get(`mnm/careers/${encodeURIComponent(code)}/job_outlook`),
  };
}
