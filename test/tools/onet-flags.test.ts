/**
 * Issue 8: O*NET's "Not Relevant" and "Recommend Suppress" flags in the occupation documents,
 * checked against Knowledge.txt, Skills.txt and Education, Training, and Experience.txt read
 * independently (./official.ts), for a sample of occupations and in total.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Occupation } from '../../src/data/schema.ts';
import { ENDPOINT, onetRows, readJson, runBuild } from './official.ts';

const occupation = (code: string) => readJson<Occupation>(join(ENDPOINT, `occupations/${code}.json`));
let files: Record<'knowledge' | 'skills' | 'education', Record<string, string>[]>;
let codes: string[];

before(() => {
  if (!existsSync(join(ENDPOINT, 'index.json'))) {
    const result = runBuild([]);
    assert.equal(result.status, 0, `npm run data failed:\n${result.stderr}`);
  }
  files = {
    knowledge: onetRows('Knowledge.txt'),
    skills: onetRows('Skills.txt'),
    education: onetRows('Education, Training, and Experience.txt'),
  };
  codes = onetRows('Occupation Data.txt').map((r) => r['O*NET-SOC Code']!);
});

/**
 * Writers and Authors (a low-precision importance: "English Language" 5, a unanimous panel of 13),
 * Medical Assistants, Spa Managers (low-precision education levels), Chief Executives, and every
 * 25th occupation of the release.
 */
const sample = () => [...new Set(['27-3043.00', '31-9092.00', '11-9179.02', '11-1011.00', ...codes.filter((_, i) => i % 25 === 0)])];

/** What a section should hold, from the official rows alone. */
function expected(rows: Record<string, string>[], code: string) {
  const mine = rows.filter((r) => r['O*NET-SOC Code'] === code);
  const level = new Map(mine.filter((r) => r['Scale ID'] === 'LV').map((r) => [r['Element ID']!, r]));
  const items = mine
    .filter((r) => r['Scale ID'] === 'IM')
    .map((r) => {
      const lv = level.get(r['Element ID']!);
      return {
        id: r['Element ID']!,
        name: r['Element Name']!,
        importance: Number(r['Data Value']),
        level: !lv ? null : lv['Not Relevant'] === 'Y' ? 'not-relevant' : Number(lv['Data Value']),
      };
    })
    .sort((a, b) => b.importance - a.importance);
  const lowPrecision = items.flatMap((item) => {
    const im = mine.find((r) => r['Scale ID'] === 'IM' && r['Element ID'] === item.id)!;
    const lv = level.get(item.id);
    return [
      ...(im['Recommend Suppress'] === 'Y' ? [{ id: item.id, scale: 'importance' }] : []),
      ...(lv && lv['Recommend Suppress'] === 'Y' && lv['Not Relevant'] !== 'Y' ? [{ id: item.id, scale: 'level' }] : []),
    ];
  });
  return items.length === 0 ? null : { items, lowPrecision };
}

describe('O*NET flags in occupations/*.json (issue 8)', () => {
  it('knowledge and skills: not-relevant levels left out, low-precision values listed, for a sample', () => {
    for (const code of sample()) {
      const document = occupation(code);
      for (const kind of ['knowledge', 'skills'] as const) {
        const want = expected(files[kind], code);
        const got = document[kind];
        assert.deepEqual(got && { items: got.items, lowPrecision: got.lowPrecision }, want, `${code} ${kind}`);
      }
    }
  });

  it('Writers and Authors keep "English Language", marked low precision, first', () => {
    const knowledge = occupation('27-3043.00').knowledge!;
    assert.deepEqual(knowledge.items[0], { id: '2.C.7.a', name: 'English Language', importance: 5, level: 4.98 });
    assert.ok(knowledge.lowPrecision.some((f) => f.id === '2.C.7.a' && f.scale === 'importance'));
  });

  it('education levels carry O*NET\'s low-precision flag', () => {
    for (const code of sample()) {
      const rows = files.education.filter((r) => r['O*NET-SOC Code'] === code && r['Scale ID'] === 'RL');
      const levels = occupation(code).education.levels;
      if (rows.length === 0) {
        assert.equal(levels, null, code);
        continue;
      }
      assert.deepEqual(
        levels!.map((l) => [l.category, l.percent, l.lowPrecision]),
        rows.map((r) => [Number(r.Category), Number(r['Data Value']), r['Recommend Suppress'] === 'Y']).sort((a, b) => (a[0] as number) - (b[0] as number)),
        code,
      );
    }
    const spa = occupation('11-9179.02').education.levels!;
    assert.deepEqual(spa.filter((l) => l.lowPrecision).map((l) => l.category), [3, 4, 6]);
  });

  it('in total, every flag in the files is in the documents: none dropped, none invented', () => {
    for (const kind of ['knowledge', 'skills'] as const) {
      const rows = files[kind];
      const notRelevant = rows.filter((r) => r['Scale ID'] === 'LV' && r['Not Relevant'] === 'Y').length;
      const low = rows.filter((r) => r['Recommend Suppress'] === 'Y' && !(r['Scale ID'] === 'LV' && r['Not Relevant'] === 'Y')).length;
      let foundNotRelevant = 0;
      let foundLow = 0;
      for (const code of codes) {
        const section = occupation(code)[kind];
        foundNotRelevant += section?.items.filter((i) => i.level === 'not-relevant').length ?? 0;
        foundLow += section?.lowPrecision.length ?? 0;
      }
      assert.ok(notRelevant > 0 && low > 0, `${kind}: the release has both flags`);
      assert.equal(foundNotRelevant, notRelevant, `${kind} not relevant`);
      assert.equal(foundLow, low, `${kind} low precision`);
    }
  });
});
