import { expect } from '@open-wc/testing';
import { DataClient } from '../../../src/data/client.ts';
import { DataError } from '../../../src/data/errors.ts';
import { SCHEMA_VERSION } from '../../../src/data/schema.ts';
import { freshEndpoint, late, stubFetch, type FetchLog } from '../helpers.ts';

const json = (body: unknown, status = 200) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });

async function rejection(promise: Promise<unknown>): Promise<DataError> {
  try {
    await promise;
  } catch (error) {
    return error as DataError;
  }
  throw new Error('expected the request to fail');
}

describe('DataClient', () => {
  let log: FetchLog | undefined;
  afterEach(() => log?.restore());

  it('is one client per endpoint, whatever the spelling of its URL', () => {
    const endpoint = freshEndpoint();
    expect(DataClient.for(endpoint)).to.equal(DataClient.for(endpoint.slice(0, -1)));
    expect(DataClient.for(endpoint)).to.not.equal(DataClient.for(freshEndpoint()));
  });

  it('makes one request for the same document asked for at once, and caches it', async () => {
    log = stubFetch((url, init, real) => real(url, init));
    const client = DataClient.for(freshEndpoint());
    const [a, b] = await Promise.all([
      client.get('occupation', '29-2072.00'),
      client.get('occupation', '29-2072.00'),
    ]);
    const c = await client.get('occupation', '29-2072.00');
    expect(a.title).to.equal('Medical Records Specialists');
    expect(b).to.equal(a);
    expect(c).to.equal(a);
    expect(log.urls.filter((u) => u.endsWith('/occupations/29-2072.00.json'))).to.have.length(1);
  });

  it('answers 404 as not found, without retrying', async () => {
    log = stubFetch((url, init, real) => real(url, init));
    const error = await rejection(DataClient.for(freshEndpoint()).get('occupation', '99-9999.99'));
    expect(error).to.be.instanceOf(DataError);
    expect(error.kind).to.equal('not-found');
    expect(error.details.status).to.equal(404);
    expect(log.urls.filter((u) => u.includes('99-9999.99'))).to.have.length(1);
  });

  it('tells a wrong endpoint URL from a missing occupation', async () => {
    const error = await rejection(DataClient.for('/no-such-endpoint/').get('occupation', '29-2072.00'));
    expect(error.kind).to.equal('network');
    expect(error.retryable).to.be.true;
    expect(error.message).to.contain('is the endpoint URL right?');
  });

  it('retries a 5xx twice with backoff, then succeeds', async () => {
    let calls = 0;
    log = stubFetch(async (url, init, real) => (++calls < 3 ? json('busy', 503) : real(url, init)));
    const client = new DataClient(DataClient.for(freshEndpoint()).source, { retryDelay: 5 });
    const doc = await client.get('index');
    expect(doc.kind).to.equal('index');
    expect(calls).to.equal(3);
  });

  it('gives up after two retries with a network error carrying the status', async () => {
    log = stubFetch(async () => json('down', 502));
    const client = new DataClient(DataClient.for(freshEndpoint()).source, { retryDelay: 5 });
    const error = await rejection(client.get('index'));
    expect(error.kind).to.equal('network');
    expect(error.details.status).to.equal(502);
    expect(error.retryable).to.be.true;
    expect(log.urls).to.have.length(3);
  });

  it('retries a failed connection, then reports it', async () => {
    log = stubFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    const client = new DataClient(DataClient.for(freshEndpoint()).source, { retryDelay: 5 });
    const error = await rejection(client.get('index'));
    expect(error.kind).to.equal('network');
    expect(log.urls).to.have.length(3);
  });

  it('fails a request slower than its timeout', async () => {
    log = stubFetch((url, init, real) => late(1000, () => real(url, init), init));
    const client = new DataClient(DataClient.for(freshEndpoint()).source, { timeout: 50 });
    const error = await rejection(client.get('index'));
    expect(error.kind).to.equal('timeout');
  });

  it('does not keep a failure: asking again fetches again', async () => {
    let calls = 0;
    log = stubFetch(async (url, init, real) => (++calls === 1 ? json('gone', 400) : real(url, init)));
    const client = DataClient.for(freshEndpoint());
    expect((await rejection(client.get('index'))).kind).to.equal('network');
    expect((await client.get('index')).kind).to.equal('index');
    expect(calls).to.equal(2);
  });

  it('rejects a body that is not JSON', async () => {
    log = stubFetch(async () => json('<html>Not here</html>'));
    const error = await rejection(DataClient.for(freshEndpoint()).get('index'));
    expect(error.kind).to.equal('invalid-data');
    expect(error.message).to.contain('not JSON');
  });

  it('rejects a document of another schemaVersion, naming both versions', async () => {
    log = stubFetch(async (url, init, real) => {
      const doc = await (await real(url, init)).json();
      return json({ ...doc, schemaVersion: SCHEMA_VERSION + 1 });
    });
    const error = await rejection(DataClient.for(freshEndpoint()).get('occupation', '29-2072.00'));
    expect(error.kind).to.equal('invalid-data');
    expect(error.message).to.contain(`schemaVersion ${SCHEMA_VERSION + 1}; this library reads ${SCHEMA_VERSION}`);
  });

  it('rejects a document of the wrong shape, naming where', async () => {
    log = stubFetch(async (url, init, real) => {
      const doc = await (await real(url, init)).json();
      return json({ ...doc, tasks: 'none' });
    });
    const error = await rejection(DataClient.for(freshEndpoint()).get('occupation', '29-2072.00'));
    expect(error.kind).to.equal('invalid-data');
    expect(error.message).to.contain('tasks');
  });

  it('rejects a hostile link in a document', async () => {
    log = stubFetch(async (url, init, real) => {
      const doc = await (await real(url, init)).json();
      return json({ ...doc, oohUrl: 'javascript:alert(1)' });
    });
    const error = await rejection(DataClient.for(freshEndpoint()).get('occupation', '29-2072.00'));
    expect(error.kind).to.equal('invalid-data');
    expect(error.message).to.contain('oohUrl');
  });

  it('stops the fetch when its only caller aborts, but not while another still waits', async () => {
    const aborted: string[] = [];
    log = stubFetch((url, init, real) => {
      init?.signal?.addEventListener('abort', () => aborted.push(url));
      return late(200, () => real(url, init), init);
    });
    const client = DataClient.for(freshEndpoint());
    const first = new AbortController();
    const a = client.get('index', undefined, first.signal);
    const b = client.get('index');
    first.abort();
    await rejection(a);
    expect((await b).kind).to.equal('index');
    expect(aborted).to.have.length(0);

    const only = new AbortController();
    const c = client.get('occupation', '31-9092.00', only.signal);
    only.abort();
    expect((await rejection(c)).name).to.equal('AbortError');
    expect(aborted).to.have.length(1);
  });
});
