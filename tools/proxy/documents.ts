/**
 * Builds each endpoint document from the upstream answers. Path segments arrive here already
 * validated (paths.ts); a document the upstream has nothing for is a ProxyError 404, as the
 * static endpoint's missing file is.
 */
import type { Release } from '../../src/data/schema.ts';
import type { CareerOneStop } from './careeronestop.ts';
import { ProxyError } from './http.ts';
import { apprenticeshipsDocument } from './map-apprenticeships.ts';
import { certificationsDocument, licensesDocument, videosDocument } from './map-finders.ts';
import { occupationFromOnet, withOnet } from './map-onet.ts';
import { occupationDetail, occupationFromCareerOneStop } from './map-occupation.ts';
import { projectionsDocument } from './map-projections.ts';
import { localWagesDocument, wagesDocument } from './map-wages.ts';
import type { Onet } from './onet.ts';
import { careerOneStopReleases, onetRelease } from './sources.ts';
import type { Answer } from './upstream.ts';

export interface Services {
  careerOneStop: CareerOneStop | null;
  onet: Onet | null;
}

const notFound = (what: string) => new ProxyError(404, 'not-found', `${what} was not found`);

const unconfigured = () =>
  new ProxyError(
    503,
    'not-configured',
    'This proxy has no CareerOneStop credentials (CAREERONESTOP_USER_ID and CAREERONESTOP_TOKEN).',
  );

/** The O*NET code whose answer holds a SOC code's wages and projections (its `.00` occupation). */
const socKeyword = (soc: string) => `${soc}.00`;

export function documents({ careerOneStop, onet }: Services) {
  const cos = () => {
    if (!careerOneStop) throw unconfigured();
    return careerOneStop;
  };

  /** The occupation details for a code and location, with the releases its answer names. */
  async function detail(code: string, location: string, what: string) {
    const answer = await cos().occupation(code, location);
    const found = answer.found ? occupationDetail(answer.body, code) : null;
    if (!answer.found || !found) throw notFound(what);
    return { detail: found, sources: careerOneStopReleases(answer.body) };
  }

  /** O*NET's details and outlook; an outlook O*NET does not have is simply left out. */
  async function onetAnswers(client: Onet, code: string): Promise<[Answer, Answer]> {
    return Promise.all([client.details(code), client.outlook(code)]);
  }

  const body = (answer: Answer) => (answer.found ? answer.body : null);

  return {
    async occupation(code: string) {
      if (!careerOneStop && !onet) throw unconfigured();
      if (!careerOneStop) {
        const [details, outlook] = await onetAnswers(onet!, code);
        if (!details.found) throw notFound(`Occupation ${code}`);
        return occupationFromOnet(details.body, body(outlook), code, [onetRelease]);
      }
      const { detail: d, sources } = await detail(code, 'US', `Occupation ${code}`);
      const doc = occupationFromCareerOneStop(d, code, sources);
      if (!onet) return doc;
      const [details, outlook] = await onetAnswers(onet, code);
      if (!details.found && !outlook.found) return doc;
      const withSources: Release[] = [...sources, onetRelease];
      return withOnet({ ...doc, sources: withSources }, body(details), body(outlook));
    },

    async wages(soc: string) {
      const { detail: d, sources } = await detail(socKeyword(soc), 'US', `Wages for ${soc}`);
      return wagesDocument(d, soc, sources) ?? throwError(notFound(`Wages for ${soc}`));
    },

    async projections(soc: string, location = 'US') {
      const { detail: d, sources } = await detail(socKeyword(soc), location, `Projections for ${soc}`);
      return (
        projectionsDocument(d, soc, sources, location !== 'US') ?? throwError(notFound(`Projections for ${soc}`))
      );
    },

    async localWages(soc: string, location: string) {
      const what = `Wages for ${soc} in ${location}`;
      const { detail: d, sources } = await detail(socKeyword(soc), location, what);
      return localWagesDocument(d, soc, location, sources) ?? throwError(notFound(what));
    },

    async videos(code: string) {
      const { detail: d, sources } = await detail(code, 'US', `Occupation ${code}`);
      return videosDocument(d, code, sources);
    },

    async certifications(code: string) {
      const answer = await cos().certifications(code);
      // CareerOneStop answers 404 where it holds no record; from a finder that is an empty list.
      const b = body(answer);
      return certificationsDocument(b, code, careerOneStopReleases(b));
    },

    async licenses(code: string, state: string) {
      const b = body(await cos().licenses(code, state));
      return licensesDocument(b, code, state, careerOneStopReleases(b));
    },

    async apprenticeships(state: string) {
      // A 404 (no office listed for the place) is an empty list, as from the other finders.
      const b = body(await cos().apprenticeships(state));
      return apprenticeshipsDocument(b, state, careerOneStopReleases(b));
    },
  };
}

function throwError(error: Error): never {
  throw error;
}
