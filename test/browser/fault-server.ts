/**
 * The browser side of the fault server (test/browser/server/faults.mjs): a test describes what
 * each path of an endpoint does wrong and gets the endpoint's URL on the real test server.
 */
export interface Fault {
  /** HTTP status of the answer (an HTML error page unless 200). */
  status?: number;
  /** One status per request, then the real answer: [503, 503] fails twice. */
  statuses?: number[];
  /** The body instead of the real document (hostile, mutated or huge). */
  body?: string;
  /** Content-Type of `body`. */
  type?: string;
  /** Milliseconds before answering. */
  delay?: number;
  /** `hang`: headers and a few bytes, never the end; `truncate`: a clean end halfway; `cut`: socket destroyed halfway. */
  mode?: 'hang' | 'truncate' | 'cut';
  /** A redirect to this URL. */
  location?: string;
}

let n = 0;

/** A fresh endpoint on the fault server; paths are relative to the endpoint (`occupations/X.json`, `*` for all). */
export async function faultEndpoint(routes: Record<string, Fault> = {}): Promise<string> {
  const id = `${Date.now().toString(36)}-${++n}-${Math.random().toString(36).slice(2, 8)}`;
  const response = await fetch('/faults/register', { method: 'POST', body: JSON.stringify({ id, routes }) });
  if (!response.ok) throw new Error('fault server did not register the endpoint');
  return `/faults/${id}/`;
}

/** How many requests reached each path of a fault endpoint. */
export async function hits(endpoint: string): Promise<Record<string, number>> {
  const id = endpoint.split('/')[2];
  return (await fetch(`/faults/hits/${id}`)).json() as Promise<Record<string, number>>;
}

/** A real document of the built endpoint, parsed, to mutate. */
export async function realDocument<T = Record<string, unknown>>(path: string): Promise<T> {
  return (await fetch(`/public/data/${path}`)).json() as Promise<T>;
}
