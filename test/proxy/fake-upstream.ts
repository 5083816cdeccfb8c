/**
 * A stand-in for api.careeronestop.org and api-v2.onetcenter.org on 127.0.0.1: it checks the
 * credentials the way they do, answers in their documented shapes, and records every request so
 * tests can count upstream calls and see exactly what the proxy sent.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apprenticeshipsAnswers, certificationsAnswer, licensesAnswer, occupationAnswer } from './careeronestop-answers.ts';

export const USER_ID = 'user-7Q2xK';
export const TOKEN = 'tok-SECRET-3f9a1c77';
export const ONET_KEY = 'onet-KEY-91be40d2';

/** O*NET Web Services' details report and job outlook (the documented v1.9 shapes). */
const ONET: Record<string, { details: object; outlook: object }> = {
  '29-2072.00': {
    details: {
      code: '29-2072.00',
      occupation: {
        code: '29-2072.00',
        title: 'Medical Records Specialists',
        description: 'Compile, process, and maintain medical records of hospital and clinic patients.',
        sample_of_reported_job_titles: { title: ['Health Information Clerk', 'Medical Records Coordinator'] },
      },
      tasks: {
        task: [
          { id: 22877, statement: 'Assign the patient to diagnosis-related groups (DRGs).', category: 'Core', score: { value: 86 } },
          { id: 22891, statement: 'Train medical records staff.', category: 'Supplemental', score: { value: 41 } },
        ],
      },
      job_zone: {
        code: 3,
        title: 'Job Zone Three: Medium Preparation Needed',
        education: 'Most occupations in this zone require training in vocational schools.',
        related_experience: 'Previous work-related skill, knowledge, or experience is required.',
        job_training: 'Employees in these occupations usually need one or two years of training.',
      },
      related_occupations: {
        occupation: [{ code: '43-6013.00', title: 'Medical Secretaries and Administrative Assistants' }],
      },
    },
    outlook: {
      outlook: { description: 'New job opportunities are very likely in the future.', category: 'Bright' },
      bright_outlook: { category: ['Grow Rapidly'] },
      salary: { soc_code: '29-2072', annual_10th_percentile: 37000, annual_median: 51140, annual_90th_percentile: 81150 },
    },
  },
};

export interface Recorded {
  path: string;
  headers: IncomingMessage['headers'];
}

export interface FakeUpstream {
  url: string;
  requests: Recorded[];
  /** Milliseconds to wait before answering (a slow upstream). */
  delayMs: number;
  /** Answer every request with this status (a failing upstream). */
  failWith: number | null;
  close(): Promise<void>;
}

/** On `port` (0: any free one) of 127.0.0.1. */
export async function startFakeUpstream(port = 0): Promise<FakeUpstream> {
  const fake: FakeUpstream = { url: '', requests: [], delayMs: 0, failWith: null, close: async () => {} };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    fake.requests.push({ path: req.url ?? '', headers: req.headers });
    if (fake.delayMs) await new Promise((r) => setTimeout(r, fake.delayMs));
    const send = (status: number, body: unknown) => {
      if (res.destroyed) return;
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (fake.failWith) return send(fake.failWith, { Message: 'An error has occurred.' });
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] === 'v1') {
      if (req.headers.authorization !== `Bearer ${TOKEN}` || parts[2] !== USER_ID) return send(401, { Message: 'Authorization has been denied.' });
      const [, api, , keyword = '', location = ''] = parts;
      if (api === 'occupation') {
        const answer = occupationAnswer(keyword, location);
        return answer ? send(200, answer) : send(404, { Message: 'No records found.' });
      }
      if (api === 'certificationfinder') return keyword === '29-2072.00' ? send(200, certificationsAnswer) : send(404, {});
      if (api === 'license') return location === 'MN' ? send(200, licensesAnswer) : send(404, {});
      // `apprenticeshipfinder/{userId}/{location}/{radius}`: the location is the fourth segment.
      if (api === 'apprenticeshipfinder') {
        const answer = apprenticeshipsAnswers[keyword];
        return answer ? send(200, answer) : send(404, {});
      }
      return send(404, {});
    }
    if (req.headers['x-api-key'] !== ONET_KEY) return send(401, { error: 'Invalid API key' });
    const code = parts[2] ?? '';
    const answers = ONET[code];
    if (!answers) return send(404, { error: `Occupation ${code} not found` });
    if (parts[0] === 'online' && parts[3] === 'details') return send(200, answers.details);
    if (parts[0] === 'mnm' && parts[3] === 'job_outlook') return send(200, answers.outlook);
    return send(422, { error: 'Unknown request' });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return fake;
}
