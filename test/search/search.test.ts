/**
 * src/search on the real endpoint (public/data, built if missing): the queries issue 10 names,
 * that splitting the alternate titles into shards loses none of them (checked against O*NET's
 * files read independently), and how long a query takes.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { ProgramsIndex, SearchIndex, SearchShard } from '../../src/data/schema.ts';
import {
  normalize,
  occupationSearch,
  oneEditFromPrefix,
  programSearch,
  shardKeys,
  tokenize,
  type OccupationSearch,
} from '../../src/search/index.ts';
import { ENDPOINT, onetRows, readJson, runBuild } from '../tools/official.ts';

let index: SearchIndex;
const shard = (key: string) => readJson<SearchShard>(join(ENDPOINT, `search/${key}.json`));

before(() => {
  if (!existsSync(join(ENDPOINT, 'index.json'))) {
    const result = runBuild([]);
    assert.equal(result.status, 0, `npm run data failed:\n${result.stderr}`);
  }
  index = readJson(join(ENDPOINT, 'search-index.json'));
});

/** A search the way the element runs one: the index, then the shards the query asks for. */
function searchFor(query: string, search: OccupationSearch = occupationSearch(index)) {
  for (const key of search.shardsFor(query)) search.addShard(shard(key));
  return search.search(query);
}

describe('normalising and matching', () => {
  it('compares titles without case, accents or punctuation, and files them by word starts', () => {
    assert.equal(normalize('  Décor/Design  (CPC) '), 'decor design cpc');
    assert.deepEqual(tokenize('Repair and Maintenance'), ['repair', 'maintenance']);
    assert.deepEqual(tokenize('an'), ['an'], 'a query of joining words alone still searches');
    assert.deepEqual(shardKeys('Registered Nurse (RN)'), ['nu', 're', 'rn']);
    assert.deepEqual(shardKeys('x'), []);
  });

  it('forgives one edit against the start of a word, not two', () => {
    assert.ok(oneEditFromPrefix('weldr', 'welders'));
    assert.ok(oneEditFromPrefix('nurse', 'nurses'));
    assert.ok(oneEditFromPrefix('nrse', 'nurses'));
    assert.ok(!oneEditFromPrefix('wldr', 'welders'));
    assert.ok(!oneEditFromPrefix('nurse', 'dentist'));
  });
});

describe('occupation search on the built data (issue 10)', () => {
  it('"coder" has Medical Records Specialists in the top 3, matched by an alternate title', () => {
    const results = searchFor('coder').slice(0, 3);
    const hit = results.find((r) => r.code === '29-2072.00');
    assert.ok(hit, JSON.stringify(results));
    assert.equal(hit.title, 'Medical Records Specialists');
    assert.equal(hit.match, 'other-title');
    assert.match(hit.matched!, /\bcoder\b/i);
  });

  it('"RN" finds Registered Nurses first, by its short title', () => {
    const [first] = searchFor('RN');
    assert.deepEqual(first, { code: '29-1141.00', title: 'Registered Nurses', matched: 'RN', match: 'other-title' });
  });

  it('"medical billing" finds the billing and coding occupations in the top 5', () => {
    const top = searchFor('medical billing').slice(0, 5).map((r) => r.code);
    assert.ok(top.includes('43-3021.00'), `Billing and Posting Clerks: ${top}`);
    assert.ok(top.includes('29-2072.00'), `Medical Records Specialists: ${top}`);
  });

  it('"nurse" ranks a title that starts with it first', () => {
    const [first] = searchFor('nurse');
    assert.ok(['exact', 'title-prefix'].includes(first!.match), JSON.stringify(first));
    assert.match(first!.title, /^Nurse /);
    assert.equal(first!.matched, null);
  });

  it('an exact title beats everything, whatever its case', () => {
    assert.deepEqual(searchFor('registered NURSES')[0], {
      code: '29-1141.00',
      title: 'Registered Nurses',
      matched: null,
      match: 'exact',
    });
  });

  it('a typo ("weldr") finds Welders, as "welder" does', () => {
    const typo = searchFor('weldr');
    assert.equal(typo[0]!.code, '51-4121.00');
    assert.equal(typo[0]!.match, 'typo');
    assert.equal(searchFor('welder')[0]!.code, '51-4121.00');
    assert.deepEqual(searchFor('wldr'), [], 'two edits find nothing');
  });

  it('a one-letter query answers from the index alone, titles first', () => {
    const search = occupationSearch(index);
    assert.deepEqual(search.shardsFor('m'), []);
    const results = search.search('m');
    assert.equal(results.length, 10);
    for (const r of results) assert.match(r.title, /^m/i);
  });

  it('asks for each shard once, and only for shards that exist', () => {
    const search = occupationSearch(index);
    assert.deepEqual(search.shardsFor('medical billing'), ['bi', 'me']);
    search.addShard(shard('me'));
    assert.deepEqual(search.shardsFor('medical billing'), ['bi']);
    assert.ok(!index.shards.includes('qx'));
    assert.deepEqual(search.shardsFor('qxz'), []);
  });
});

describe('what loads on focus, and what later (issue 10)', () => {
  it('the index has every occupation with its reported titles; shards have every other title', () => {
    const occupations = onetRows('Occupation Data.txt');
    assert.deepEqual(index.occupations.map((o) => o[0]), occupations.map((r) => r['O*NET-SOC Code']));
    const reported = onetRows('Sample of Reported Titles.txt').filter((r) => r['O*NET-SOC Code'] === '29-2072.00');
    const entry = index.occupations.find((o) => o[0] === '29-2072.00')!;
    for (const r of reported) assert.ok(entry[2].includes(r['Reported Job Title']!), r['Reported Job Title']);

    // Every alternate and short title O*NET lists is findable: in the index, or in the shard of
    // each of its words, as the title's own occupation (titles that differ only in case or
    // punctuation, "Non-Profit"/"Nonprofit", once).
    const inIndex = new Map(index.occupations.map(([code, title, others]) => [code, new Set([title, ...others].map(normalize))]));
    const shards = new Map(index.shards.map((key) => [key, shard(key)]));
    const inShard = new Map([...shards].map(([key, s]) => [key, new Set(s.titles.map(([t, c]) => `${c} ${normalize(t)}`))]));
    let checked = 0;
    for (const row of onetRows('Alternate Titles.txt')) {
      const code = row['O*NET-SOC Code']!;
      for (const title of [row['Alternate Title']!, row['Short Title']!].filter((t) => t !== '')) {
        checked++;
        if (inIndex.get(code)!.has(normalize(title))) continue;
        const keys = shardKeys(title);
        assert.ok(keys.length > 0, title);
        for (const key of keys) assert.ok(inShard.get(key)?.has(`${code} ${normalize(title)}`), `${code} "${title}" in search/${key}.json`);
      }
    }
    assert.ok(checked > 56_000, `${checked} titles`);
    assert.deepEqual(readdirSync(join(ENDPOINT, 'search')).sort(), index.shards.map((k) => `${k}.json`));
  });
});

describe('program search (issue 10)', () => {
  it('programs-index.json lists every program document; "welding" and "medical office" find CIP codes', () => {
    const programs = readJson<ProgramsIndex>(join(ENDPOINT, 'programs-index.json'));
    assert.deepEqual(
      programs.programs.map(([cip]) => `${cip}.json`),
      readdirSync(join(ENDPOINT, 'programs')).sort(),
    );
    const search = programSearch(programs);
    const welding = search.search('welding');
    assert.ok(welding.some((r) => r.code === '48.0508' && r.title === 'Welding Technology/Welder'), JSON.stringify(welding));
    const office = search.search('medical office').map((r) => r.code);
    assert.ok(office.includes('51.0710') && office.includes('51.0705'), `${office}`);
  });
});

describe('speed', () => {
  it('a query takes well under a frame in Node, shards loaded', (t) => {
    const started = performance.now();
    const search = occupationSearch(index);
    const lines = [`preparing the index: ${(performance.now() - started).toFixed(1)} ms`];
    const queries = { '1 letter': 'm', '3 letters': 'med', '8 letters': 'medical b', '8 letters, a typo': 'weldrs c' };
    for (const [label, query] of Object.entries(queries)) {
      for (const key of search.shardsFor(query)) search.addShard(shard(key));
      search.search(query); // warm
      const runs = 20;
      const started = performance.now();
      for (let i = 0; i < runs; i++) search.search(query);
      const ms = (performance.now() - started) / runs;
      lines.push(`${label} ("${query}"): ${ms.toFixed(2)} ms`);
      assert.ok(ms < 50, `${label}: ${ms} ms`);
    }
    t.diagnostic(lines.join('; '));
  });
});
