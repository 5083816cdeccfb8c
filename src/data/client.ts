import * as v from 'valibot';
import { DataError, isAbort } from './errors.ts';
import type { DocumentKind, DocumentOf } from './schema.ts';
import { SCHEMA_VERSION } from './schema/base.ts';
import { IndexDocument, LocalWagesDocument, Occupation, ProjectionsDocument, WagesDocument } from './schema/profile.ts';
import { StaticSource, type DocumentRequest, type DocumentSource } from './sources/static.ts';

export interface ClientOptions {
  /** Per attempt, in milliseconds. */
  timeout?: number;
  /** Extra attempts after a network error or a 5xx answer. */
  retries?: number;
  /** First backoff delay in milliseconds; doubled after each retry. */
  retryDelay?: number;
}

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  /** Callers still waiting with an AbortSignal. */
  waiting: number;
  /** A caller without a signal waits to the end: the fetch is never stopped under it. */
  pinned: boolean;
  settled: boolean;
}

const clients = new Map<string, DataClient>();

type Schema = v.GenericSchema;
const areaKinds = () => import('./schema/area.ts');
const searchKinds = () => import('./schema/search.ts');
const liveKinds = () => import('./schema/live.ts');
/**
 * Each kind's schema. The kinds nearly every page reads come with the client; the others are in
 * their group's module, downloaded when a page first asks for one of them (alongside the
 * document), so a page does not carry the schemas of documents it never reads.
 */
const schemas: Record<DocumentKind, Schema | (() => Promise<Schema>)> = {
  index: IndexDocument,
  occupation: Occupation,
  wages: WagesDocument,
  'local-wages': LocalWagesDocument,
  projections: ProjectionsDocument,
  'live-projections': ProjectionsDocument,
  'area-wages': () => areaKinds().then((m) => m.AreaWagesDocument),
  'occupations-summary': () => areaKinds().then((m) => m.OccupationsSummary),
  program: () => searchKinds().then((m) => m.ProgramDocument),
  'search-index': () => searchKinds().then((m) => m.SearchIndex),
  'search-shard': () => searchKinds().then((m) => m.SearchShard),
  'programs-index': () => searchKinds().then((m) => m.ProgramsIndex),
  'live-wages': () => liveKinds().then((m) => m.LiveWagesDocument),
  videos: () => liveKinds().then((m) => m.VideosDocument),
  certifications: () => liveKinds().then((m) => m.CertificationsDocument),
  licenses: () => liveKinds().then((m) => m.LicensesDocument),
  apprenticeships: () => liveKinds().then((m) => m.ApprenticeshipsDocument),
};

/** The schema of `kind`; a module that could not be downloaded is a network error the reader can retry. */
function schemaOf(kind: DocumentKind, url: string): Promise<Schema> {
  const schema = schemas[kind];
  if (typeof schema !== 'function') return Promise.resolve(schema);
  return schema().catch((error: unknown) => {
    throw new DataError('network', `${url} could not be checked: the schema module did not load (${String(error)})`, { url });
  });
}

/**
 * Fetches, validates and caches endpoint documents. One client per endpoint per page, so
 * widgets asking for the same document at once share one request, and a document is fetched
 * once for the page's life (failures are not kept: a retry asks again).
 */
export class DataClient {
  /** The page's client for an endpoint (created on first use). */
  static for(endpoint: string, options?: ClientOptions): DataClient {
    const source = new StaticSource(endpoint);
    let client = clients.get(source.base.href);
    if (!client) clients.set(source.base.href, (client = new DataClient(source, options)));
    return client;
  }

  private readonly entries = new Map<string, Entry>();
  private readonly timeout: number;
  private readonly retries: number;
  private readonly retryDelay: number;

  constructor(
    readonly source: DocumentSource,
    { timeout = 10_000, retries = 2, retryDelay = 400 }: ClientOptions = {},
  ) {
    this.timeout = timeout;
    this.retries = retries;
    this.retryDelay = retryDelay;
  }

  /** One document; rejects with a DataError, or an AbortError when `signal` aborts first. */
  get<K extends DocumentKind>(kind: K, id?: string, signal?: AbortSignal): Promise<DocumentOf<K>> {
    const request: DocumentRequest = id === undefined ? { kind } : { kind, id };
    const key = this.source.key(request);
    let entry = this.entries.get(key);
    if (!entry) {
      const controller = new AbortController();
      const created: Entry = {
        controller,
        waiting: 0,
        pinned: false,
        settled: false,
        promise: this.load(request, key, controller.signal).then(
          (doc) => ((created.settled = true), doc),
          (error: unknown) => {
            created.settled = true;
            if (this.entries.get(key) === created) this.entries.delete(key);
            throw error;
          },
        ),
      };
      this.entries.set(key, (entry = created));
    }
    return this.wait(entry, key, signal) as Promise<DocumentOf<K>>;
  }

  /** A caller that aborts stops waiting; the fetch itself stops when no caller is left. */
  private wait(entry: Entry, key: string, signal?: AbortSignal): Promise<unknown> {
    if (!signal) {
      entry.pinned = true;
      return entry.promise;
    }
    if (signal.aborted) return Promise.reject(signal.reason);
    entry.waiting++;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        reject(signal.reason);
        if (--entry.waiting === 0 && !entry.pinned && !entry.settled) {
          entry.controller.abort();
          if (this.entries.get(key) === entry) this.entries.delete(key);
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(resolve, reject).finally(() => {
        signal.removeEventListener('abort', onAbort);
        if (!signal.aborted) entry.waiting--;
      });
    });
  }

  /**
   * A 404 means "no such occupation" only when the endpoint itself answers; a wrong endpoint URL
   * (no index.json there either) is a fault the site can fix, not a missing occupation.
   */
  private async missing(request: DocumentRequest, url: string, signal: AbortSignal): Promise<DataError> {
    if (request.kind === 'index') return wrongEndpoint(url);
    try {
      await this.get('index', undefined, signal);
    } catch (error) {
      if (error instanceof DataError) return wrongEndpoint(url);
      throw error;
    }
    return new DataError('not-found', `${url} was not found (404)`, { url, status: 404 });
  }

  private async load(request: DocumentRequest, url: string, signal: AbortSignal): Promise<unknown> {
    // Downloaded while the document is; awaited once it has arrived (a failure is reported then).
    const schema = schemaOf(request.kind, url);
    schema.catch(() => undefined);
    for (let attempt = 0; ; attempt++) {
      const retry = attempt < this.retries;
      let response: Response;
      let body: unknown;
      try {
        const attemptSignal = AbortSignal.any([signal, AbortSignal.timeout(this.timeout)]);
        response = await this.source.fetch(request, attemptSignal);
        if (response.status >= 500 && retry) {
          await backoff(this.retryDelay * 2 ** attempt, signal);
          continue;
        }
        if (response.status === 404) throw await this.missing(request, url, signal);
        if (!response.ok) {
          throw new DataError('network', `${url} answered HTTP ${response.status}`, {
            url,
            status: response.status,
          });
        }
        const text = await response.text();
        try {
          body = JSON.parse(text);
        } catch {
          throw new DataError('invalid-data', `${url} is not JSON`, { url });
        }
      } catch (error) {
        if (error instanceof DataError || signal.aborted) throw error;
        if (isAbort(error) || (error instanceof DOMException && error.name === 'TimeoutError')) {
          throw new DataError('timeout', `${url} did not answer within ${this.timeout} ms`, { url });
        }
        if (retry) {
          await backoff(this.retryDelay * 2 ** attempt, signal);
          continue;
        }
        throw new DataError('network', `${url} could not be fetched: ${String(error)}`, { url });
      }
      return check(request.kind, body, url, await schema);
    }
  }
}

/** Resolved by the client's `missing()`; kept outside the class for the message only. */
const wrongEndpoint = (url: string) =>
  new DataError('network', `${url} was not found, and the endpoint has no index.json: is the endpoint URL right?`, {
    url,
    status: 404,
  });

function check<K extends DocumentKind>(kind: K, body: unknown, url: string, schema: Schema): DocumentOf<K> {
  const found = (body as { schemaVersion?: unknown; kind?: unknown } | null) ?? {};
  if (found.schemaVersion !== SCHEMA_VERSION) {
    throw new DataError(
      'invalid-data',
      `${url} has schemaVersion ${String(found.schemaVersion)}; this library reads ${SCHEMA_VERSION}`,
      { url },
    );
  }
  const infinite = nonFinite(body);
  if (infinite) throw new DataError('invalid-data', `${url} has a number out of range at ${infinite}`, { url });
  const result = v.safeParse(schema, body);
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue) ?? '(document)';
    throw new DataError('invalid-data', `${url} is not a valid ${kind} document at ${path}: ${issue.message}`, { url });
  }
  return result.output as DocumentOf<K>;
}

/**
 * Where JSON.parse made Infinity of a number too large (1e999), if anywhere: no figure is infinite.
 * The path is built only on the way back from a find: building it for every value cost ~10 ms per
 * profile page.
 */
function nonFinite(value: unknown): string | undefined {
  const keys = infinitePath(value);
  return keys && ['(document)', ...keys.reverse()].join('.');
}

/** The keys to the first infinite number, innermost first. */
function infinitePath(value: unknown): string[] | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : [];
  if (typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = infinitePath(value[i]);
      if (found) return (found.push(String(i)), found);
    }
    return undefined;
  }
  for (const key in value) {
    const found = infinitePath((value as Record<string, unknown>)[key]);
    if (found) return (found.push(key), found);
  }
  return undefined;
}

function backoff(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}
