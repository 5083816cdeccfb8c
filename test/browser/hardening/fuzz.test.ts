/**
 * Property-based tests (fast-check): random JSON and randomly mutated real documents pushed
 * through the client's validation and through every element's render (the full profile holds
 * every section element; the card, the wage table and the attribution besides). Every outcome is
 * a validated document or a DataError, a rendered widget or its error state; never an uncaught
 * exception, a frozen page or a widget stuck loading.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../src/index.ts';
import { DataClient } from '../../../src/data/client.ts';
import { DataError } from '../../../src/data/errors.ts';
import type { DocumentRequest, DocumentSource } from '../../../src/data/sources/static.ts';
import type { DocumentKind } from '../../../src/data/schema.ts';
import { realDocument } from '../fault-server.ts';
import { guard, settledDeep } from './guard.ts';

const CODE = '29-2072.00';
const AIDE = '31-9092.00';
const PATHS: Record<string, string> = {
  [`occupation/${CODE}`]: `occupations/${CODE}.json`,
  [`occupation/${AIDE}`]: `occupations/${AIDE}.json`,
  'wages/29-2072': 'wages/29-2072.json',
  'wages/31-9092': 'wages/31-9092.json',
  'projections/29-2072': 'projections/29-2072.json',
  'projections/31-9092': 'projections/31-9092.json',
  'area-wages/CA': 'areas/CA/wages.json',
  'index/': 'index.json',
};

/** A source answering from documents in memory: what the fuzzer made, in place of the endpoint's. */
class MemorySource implements DocumentSource {
  constructor(private readonly bodies: Map<string, string>) {}
  key({ kind, id = '' }: DocumentRequest): string {
    return `${kind}/${id}`;
  }
  async fetch(request: DocumentRequest): Promise<Response> {
    const body = this.bodies.get(this.key(request));
    return body === undefined ? new Response('', { status: 404 }) : new Response(body);
  }
}

/** Every path to a value in a document, arrays by their first three items. */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [at];
  if (Array.isArray(value)) value.slice(0, 3).forEach((v, i) => out.push(...pathsOf(v, [...at, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]));
  return out;
}

interface Mutation {
  path: (string | number)[];
  op: 'set' | 'delete' | 'repeat';
  value: unknown;
}

function mutate(doc: unknown, mutations: Mutation[]): unknown {
  let root = structuredClone(doc);
  for (const { path, op, value } of mutations) {
    // Values are cloned: fast-check's constants ({}, []) are shared between runs, and a mutation
    // written into one would make later documents cyclic (JSON.stringify throws in the test).
    if (!path.length) {
      root = op === 'set' ? structuredClone(value) : root;
      continue;
    }
    let parent = root as Record<string | number, unknown> | undefined;
    for (const step of path.slice(0, -1)) parent = parent?.[step] as typeof parent;
    if (!parent || typeof parent !== 'object') continue;
    const last = path.at(-1)!;
    if (op === 'delete') delete parent[last];
    else if (op === 'repeat' && Array.isArray(parent[last])) {
      const list = parent[last] as unknown[];
      parent[last] = Array.from({ length: list.length * 50 }, (_, i) => list[i % list.length]);
    } else parent[last] = structuredClone(value);
  }
  return root;
}

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom('constructor', '__proto__', 'toString', '\u202E', '<script>window.__owPwned.push(1)</script>', 'javascript:x', ''),
);
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  hostileString,
  fc.double(),
  fc.integer(),
  fc.constantFrom(null, 0, -1, 1e308, -1e308, 5e-324, true, [], {}),
);
const mutationOf = (paths: (string | number)[][]) =>
  fc.record({
    path: fc.constantFrom(...paths),
    op: fc.constantFrom<Mutation['op']>('set', 'set', 'set', 'delete', 'repeat'),
    value: anyValue,
  });

const docs = new Map<string, unknown>();
before(async () => {
  for (const [key, path] of Object.entries(PATHS)) docs.set(key, await realDocument(path));
});

function bodies(changed?: { key: string; doc: unknown }): Map<string, string> {
  const map = new Map<string, string>();
  for (const [key, doc] of docs) map.set(key, JSON.stringify(key === changed?.key ? changed.doc : doc));
  return map;
}

export const RUNS = { validation: 400, random: 200, render: 40 };

describe('issue 9: property-based tests', function () {
  this.timeout(120_000);

  it(`validation: ${RUNS.validation} mutated real documents give a document or a DataError`, async () => {
    const keys = [...docs.keys()];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...keys).chain((key) =>
          fc.tuple(fc.constant(key), fc.array(mutationOf(pathsOf(docs.get(key))), { minLength: 1, maxLength: 4 })),
        ),
        async ([key, mutations]) => {
          const client = new DataClient(new MemorySource(bodies({ key, doc: mutate(docs.get(key), mutations) })), { retries: 0 });
          const [kind, id] = key.split('/') as [DocumentKind, string];
          const outcome = await client.get(kind, id || undefined).then(
            (doc) => doc,
            (error: unknown) => error,
          );
          expect(outcome instanceof DataError || (typeof outcome === 'object' && outcome !== null), String(outcome)).to.equal(true);
          if (outcome instanceof DataError) expect(outcome.kind).to.be.oneOf(['invalid-data', 'not-found', 'network']);
        },
      ),
      { numRuns: RUNS.validation },
    );
  });

  it(`validation: ${RUNS.random} random JSON bodies are rejected as invalid data`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.constantFrom<DocumentKind>('occupation', 'wages', 'index', 'area-wages'), async (value, kind) => {
        const map = new Map([[`${kind}/x`, JSON.stringify(value)], ['index/', JSON.stringify(docs.get('index/'))]]);
        const client = new DataClient(new MemorySource(map), { retries: 0 });
        const error = await client.get(kind, 'x').then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).to.be.instanceOf(DataError);
        expect((error as DataError).kind).to.equal('invalid-data');
      }),
      { numRuns: RUNS.random },
    );
  });

  it(`render: ${RUNS.render} mutated documents through every element give content or the error state`, async () => {
    const keys = [`occupation/${CODE}`, `occupation/${CODE}`, `occupation/${AIDE}`, 'wages/29-2072', 'area-wages/CA', 'index/', 'projections/29-2072'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...keys).chain((key) =>
          fc.tuple(fc.constant(key), fc.array(mutationOf(pathsOf(docs.get(key))), { minLength: 1, maxLength: 3 })),
        ),
        async ([key, mutations]) => {
          const g = guard();
          const client = new DataClient(new MemorySource(bodies({ key, doc: mutate(docs.get(key), mutations) })), { retries: 0 });
          const wrapper = document.createElement('occupation-data') as HTMLElement & { client?: DataClient };
          wrapper.client = client;
          wrapper.setAttribute('location', 'CA');
          const code = key.includes(AIDE) ? AIDE : CODE;
          const widgets = [
            ['occupation-profile', {}],
            ['occupation-profile', { variant: 'card' }],
            ['wage-table', {}],
            ['occupation-attribution', {}],
          ].map(([tag, attrs]) => {
            const el = document.createElement(tag as string);
            for (const [k, v] of Object.entries({ code, ...(attrs as object) })) el.setAttribute(k, String(v));
            wrapper.append(el);
            return el;
          });
          document.body.append(wrapper);
          try {
            for (const el of widgets) await settledDeep(el, 5000);
            await new Promise((r) => setTimeout(r, 30));
            for (const el of widgets) {
              // Content, or the error state; never stuck on the skeleton.
              expect(el.shadowRoot!.querySelector('[part=loading]')).to.equal(null);
            }
            expect(window.__owPwned).to.deep.equal([]);
            expect(g.errors).to.deep.equal([]);
          } finally {
            g.stop();
            wrapper.remove();
          }
        },
      ),
      { numRuns: RUNS.render },
    );
  });
});
