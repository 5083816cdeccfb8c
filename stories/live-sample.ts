/**
 * A live endpoint for the stories, inside the browser: Storybook runs no proxy, so the live-only
 * documents are made here by the proxy's own mapping (tools/proxy) from the proxy tests' fake
 * CareerOneStop answers (test/proxy/careeronestop-answers.ts), and everything else is the built
 * static endpoint. They show the shapes a designer styles: sample answers, not real figures.
 */
import type { Args } from '@storybook/web-components-vite';
import { LIVE_KINDS } from '../src/data/schema.ts';
import { DataClient, StaticSource, type DocumentRequest, type DocumentSource } from '../src/index.ts';
import { apprenticeshipsAnswers, certificationsAnswer, licensesAnswer, occupationAnswer } from '../test/proxy/careeronestop-answers.ts';
import { apprenticeshipsDocument } from '../tools/proxy/map-apprenticeships.ts';
import { certificationsDocument, licensesDocument, videosDocument } from '../tools/proxy/map-finders.ts';
import { occupationDetail } from '../tools/proxy/map-occupation.ts';
import { localWagesDocument } from '../tools/proxy/map-wages.ts';
import { careerOneStopReleases } from '../tools/proxy/sources.ts';
import { widget } from './helpers.ts';

/** The one occupation the fake upstream answers for in full. */
export const LIVE_CODE = '29-2072.00';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

class LiveSample implements DocumentSource {
  private readonly static = new StaticSource('/data/');

  key({ kind, id = '' }: DocumentRequest): string {
    return `live-sample:${kind}/${id}`;
  }

  async fetch(request: DocumentRequest, signal: AbortSignal): Promise<Response> {
    const id = request.id ?? '';
    const [place = '', code = ''] = id.split('/');
    switch (request.kind) {
      case 'index': {
        const index = (await (await this.static.fetch(request, signal)).json()) as object;
        return json({ ...index, live: { kinds: [...LIVE_KINDS] } });
      }
      case 'videos':
        return this.occupation(id, 'US', (d, body) => videosDocument(d, id, careerOneStopReleases(body)));
      case 'live-wages':
        return this.occupation(`${code}.00`, place, (d, body) => localWagesDocument(d, code, place, careerOneStopReleases(body)));
      case 'certifications':
        return json(certificationsDocument(certificationsAnswer, id, careerOneStopReleases(certificationsAnswer)));
      case 'licenses': {
        const body = place === 'MN' ? licensesAnswer : null;
        return json(licensesDocument(body, code, place, careerOneStopReleases(body)));
      }
      case 'apprenticeships': {
        const body = apprenticeshipsAnswers[id] ?? null;
        return json(apprenticeshipsDocument(body, id, careerOneStopReleases(body)));
      }
      default:
        return this.static.fetch(request, signal);
    }
  }

  private occupation(code: string, location: string, map: (detail: Record<string, unknown>, body: object) => unknown) {
    const body = occupationAnswer(code, location);
    const detail = body && occupationDetail(body, code);
    return body && detail ? json(map(detail, body)) : json({ error: 'not-found' }, 404);
  }
}

const client = new DataClient(new LiveSample());

/** The element inside an `<occupation-data>` whose client is the live sample. */
export function liveWidget(tag: string, args: Args): HTMLElement {
  const data = document.createElement('occupation-data');
  data.client = client;
  data.append(widget(tag, args));
  return data;
}

/** The same in a 320 px box, the narrowest phone the widgets are made for. */
export function narrowLiveWidget(tag: string, args: Args): HTMLElement {
  const box = document.createElement('div');
  box.style.width = '320px';
  box.append(liveWidget(tag, args));
  return box;
}
