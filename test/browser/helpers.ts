/**
 * Browser test helpers. The real endpoint built by `npm run data` is served by the test server at
 * ENDPOINT; failure cases wrap window.fetch so that they answer from those real documents, late,
 * wrongly, or not at all. No test reaches a network address.
 */
import { fixture, html, oneEvent } from '@open-wc/testing';

export const ENDPOINT = '/public/data/';

const realFetch = window.fetch.bind(window);

export interface FetchLog {
  urls: string[];
  restore(): void;
}

type Handler = (url: string, init: RequestInit | undefined, real: typeof fetch) => Promise<Response>;

/** Replaces window.fetch while a test runs; every URL asked for is logged. */
export function stubFetch(handler: Handler): FetchLog {
  const log: FetchLog = {
    urls: [],
    restore: () => void (window.fetch = realFetch),
  };
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    log.urls.push(url);
    return handler(url, init, realFetch);
  };
  return log;
}

/** Answers after `ms`, or rejects with the signal's reason when the caller aborts first. */
export function late(ms: number, answer: () => Promise<Response>, init?: RequestInit): Promise<Response> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => answer().then(resolve, reject), ms);
    init?.signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(init.signal!.reason);
    });
  });
}

/**
 * A fresh endpoint URL serving the same real files (web-test-runner.config.mjs maps
 * /endpoints/NAME/ to the built endpoint), so that a test starts with an empty page cache.
 */
let n = 0;
export const freshEndpoint = (): string => `/endpoints/${++n}-${Math.random().toString(36).slice(2)}/`;

/** The same for the live endpoint: the proxy over the fake upstream, through the test server. */
export const freshLiveEndpoint = (): string => `/live-endpoints/${++n}-${Math.random().toString(36).slice(2)}/`;

export const loaded = (el: Element) => oneEvent(el, 'occupation-load');
export const failed = (el: Element) => oneEvent(el, 'occupation-error');

/**
 * Text as a reader sees it: whitespace folded, and without the invisible FSI/PDI marks that
 * isolate data strings inside the widget's sentences.
 */
export const readable = (text: string | null | undefined): string =>
  (text ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

/** The text a reader sees in an element's shadow root. */
export const textOf = (el: Element): string => readable(el.shadowRoot?.textContent);

/** A widget's table as a reader sees it: the header cells, and each body row's cells, whitespace folded. */
export const headerTexts = (el: Element): string[] =>
  [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
export const rowTexts = (el: Element): string[][] =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));

/** A native select in a widget's shadow root, by id, and the option names it offers. */
export const selectIn = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLSelectElement>(`#${id}`);
export const optionTexts = (s: HTMLSelectElement): string[] => [...s.options].map((o) => o.textContent!.trim());
/** Chooses `value` in a select as a reader does: the value, then the change event the element listens for. */
export function choose(s: HTMLSelectElement, value: string): void {
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
}

export async function readJson<T>(path: string): Promise<T> {
  return (await realFetch(ENDPOINT + path)).json() as Promise<T>;
}

/**
 * Creates `<tag attrs>` inside a fixture (removed after the test), listening before it connects,
 * and resolves with the element and its first `occupation-load` or `occupation-error` event.
 */
export async function mount<T extends HTMLElement>(
  tag: string,
  attrs: Record<string, string>,
): Promise<{ el: T; event: CustomEvent }> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const event = new Promise<CustomEvent>((resolve) => {
    el.addEventListener('occupation-load', (e) => resolve(e as CustomEvent), { once: true });
    el.addEventListener('occupation-error', (e) => resolve(e as CustomEvent), { once: true });
  });
  host.append(el);
  const first = await event;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { el, event: first };
}
