import { invalidAttribute } from '../errors.ts';
import type { DocumentKind } from '../schema.ts';

/** Where one document lives, as a source knows it. */
export interface DocumentRequest {
  kind: DocumentKind;
  /** The occupation code, SOC code, area, CIP code or search shard key; absent for whole-dataset documents. */
  id?: string;
}

/** A place documents come from. The static endpoint is the default; a live API adapter is another. */
export interface DocumentSource {
  /** Stable key for caching and in-flight dedupe. */
  key(request: DocumentRequest): string;
  /** Resolves with the HTTP response for the document (the client checks status and body). */
  fetch(request: DocumentRequest, signal: AbortSignal): Promise<Response>;
}

const paths: Record<DocumentKind, (id: string) => string> = {
  index: () => 'index.json',
  'search-index': () => 'search-index.json',
  'search-shard': (key) => `search/${key}.json`,
  'programs-index': () => 'programs-index.json',
  'occupations-summary': () => 'occupations-summary.json',
  occupation: (id) => `occupations/${id}.json`,
  wages: (id) => `wages/${id}.json`,
  projections: (id) => `projections/${id}.json`,
  // id `{soc}/{state}` (`29-2072/CA`), whose slash arrives encoded like the rest of the id.
  'local-wages': (id) => `wages/${id.replace('%2F', '/')}.json`,
  'area-wages': (id) => `areas/${id}/wages.json`,
  program: (id) => `programs/${id}.json`,
  // Live-only kinds: a proxy (tools/proxy) serves them, a static endpoint answers 404. Their id
  // is `{location}/{code}`, encoded as one component, so it is split back here.
  'live-wages': (id) => inArea(id, 'wages'),
  'live-projections': (id) => inArea(id, 'projections'),
  licenses: (id) => inArea(id, 'licenses'),
  // By place alone (a state code): the offices serve every occupation.
  apprenticeships: (state) => `areas/${state}/apprenticeships.json`,
  videos: (id) => `videos/${id}.json`,
  certifications: (id) => `certifications/${id}.json`,
};

function inArea(id: string, folder: string): string {
  const [location = '', code = ''] = id.split('%2F');
  return `areas/${location}/${folder}/${code}.json`;
}

/** The endpoint `npm run data` writes, served by any static web server, object store or CDN. */
export class StaticSource implements DocumentSource {
  readonly base: URL;

  constructor(endpoint: string) {
    this.base = endpointUrl(endpoint);
  }

  key({ kind, id = '' }: DocumentRequest): string {
    return new URL(paths[kind](encodeURIComponent(id)), this.base).href;
  }

  fetch(request: DocumentRequest, signal: AbortSignal): Promise<Response> {
    return fetch(this.key(request), { signal, headers: { Accept: 'application/json' } });
  }
}

/**
 * The endpoint as a URL: relative to the page, or absolute over http(s). Anything else
 * (`javascript:`, `data:`, `ftp:`, an unparsable `http://[::1`) can never answer, so it is an
 * invalid attribute, reported before any request and without a retry.
 */
export function endpointUrl(endpoint: string): URL {
  // A trailing slash makes relative document paths land inside the endpoint folder.
  const value = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
  let url: URL | undefined;
  try {
    url = new URL(value, document.baseURI);
  } catch {
    url = undefined;
  }
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(endpoint)?.[1]?.toLowerCase();
  const web = (p: string | undefined) => p === 'http' || p === 'https';
  if (!url || (scheme !== undefined && !web(scheme)) || !web(url.protocol.slice(0, -1))) {
    throw invalidAttribute('endpoint', endpoint, `"${endpoint}" is not an http(s) or relative URL`, (t) =>
      t.common.invalidAttribute('endpoint', endpoint),
    );
  }
  return url;
}
