import { expect } from '@open-wc/testing';
import '../../../src/index.ts';
import type { ProgramCareers } from '../../../src/elements/program-careers/program-careers.ts';
import type { AreaWagesDocument, OccupationsSummary } from '../../../src/data/schema.ts';
import { ENDPOINT, mount, readJson, textOf } from '../helpers.ts';

/** NCES's CIP 2020 to SOC 2018 crosswalk, read from the published CSV (web-test-runner.config.mjs serves it). */
async function crosswalk(): Promise<Map<string, Set<string>>> {
  const csv = await (await fetch('/official/cip-crosswalk.csv')).text();
  const map = new Map<string, Set<string>>();
  for (const line of csv.split(/\r?\n/)) {
    const m = /^(\d{2}\.\d{4}),(?:"(?:[^"]|"")*"|[^,]*),(\d{2}-\d{4}),/.exec(line);
    if (!m || m[2] === '99-9999') continue;
    if (!map.has(m[1]!)) map.set(m[1]!, new Set());
    map.get(m[1]!)!.add(m[2]!);
  }
  return map;
}

const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~=item]')];
const linkedSocs = (el: Element) =>
  new Set([...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~=link]')].map((a) => a.pathname.slice('/careers/'.length, -3)));

describe('<program-careers>', () => {
  for (const cip of ['51.0716 51.0710', '48.0508', '51.3801', '11.0701']) {
    it(`lists exactly the occupations the NCES crosswalk maps to ${cip}`, async () => {
      const map = await crosswalk();
      const expected = new Set(cip.split(' ').flatMap((c) => [...map.get(c)!]));
      const { el, event } = await mount<ProgramCareers>('program-careers', {
        cip,
        location: 'CA',
        'href-template': '/careers/{code}',
        endpoint: ENDPOINT,
      });
      expect(event.type).to.equal('occupation-load');
      expect([...linkedSocs(el)].sort()).to.deep.equal([...expected].sort());
      await expect(el).to.be.accessible();
    });
  }

  it('shows a career’s California median wage, U.S. outlook, education and Bright Outlook', async () => {
    const { el } = await mount<ProgramCareers>('program-careers', { cip: '51.0716', location: 'CA', endpoint: ENDPOINT });
    const ca = await readJson<AreaWagesDocument>('areas/CA/wages.json');
    const summary = await readJson<OccupationsSummary>('occupations-summary.json');
    const wages = ca.occupations.find((o) => o.soc === '43-6013')!;
    const outlook = summary.occupations.find((o) => o.soc === '43-6013')!;
    const median = wages.annual.median as number;
    const item = items(el)[0]!.textContent!.replace(/\s+/g, ' ');
    expect(item).to.contain('Medical Secretaries and Administrative Assistants');
    expect(item).to.contain(`Median annual wage, California: $${median.toLocaleString('en-US')}`);
    expect(item).to.contain(
      `Projected employment change, United States, ${summary.baseYear}–${summary.projectedYear}: +${outlook.percentChange}%`,
    );
    expect(item).to.contain(`Typical entry education: ${outlook.education}`);
    expect(item).to.contain('Bright Outlook: Numerous job openings');
    expect(textOf(el)).to.contain('Medical Administrative/Executive Assistant and Medical Secretary (CIP 51.0716)');
    expect(el.shadowRoot!.querySelector('button[part~=select]')).not.to.equal(null);
  });

  it('says when the crosswalk maps no occupation to a program', async () => {
    const map = await crosswalk();
    expect(map.has('01.0508')).to.equal(false);
    const { el, event } = await mount<ProgramCareers>('program-careers', { cip: '01.0508', endpoint: ENDPOINT });
    expect(event.type).to.equal('occupation-load');
    expect(textOf(el)).to.contain('The CIP–SOC crosswalk matches no occupation to program 01.0508.');
    expect(items(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('rejects a code that is not a CIP code', async () => {
    const { el, event } = await mount<ProgramCareers>('program-careers', { cip: '51-0716', endpoint: ENDPOINT });
    expect(event.detail).to.include({ kind: 'invalid-attribute', attribute: 'cip' });
    expect(textOf(el)).to.contain('“51-0716” is not a CIP program code');
  });

  it('fires occupation-select and sets the code of its for= target', async () => {
    const target = document.createElement('div') as HTMLDivElement & { code?: string };
    target.id = 'program-target';
    document.body.append(target);
    try {
      const { el } = await mount<ProgramCareers>('program-careers', { cip: '48.0508', for: 'program-target', endpoint: ENDPOINT });
      const chosen = new Promise<CustomEvent>((r) => el.addEventListener('occupation-select', (e) => r(e as CustomEvent), { once: true }));
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~=select]')!.click();
      expect((await chosen).detail).to.deep.equal({ code: '51-4121.00', title: 'Welders, Cutters, Solderers, and Brazers' });
      expect(target.code).to.equal('51-4121.00');
    } finally {
      target.remove();
    }
  });
});
