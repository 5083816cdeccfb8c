import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../../src/index.ts';
import type { EducationChart } from '../../../src/elements/education-chart/education-chart.ts';
import type { Occupation } from '../../../src/data/schema.ts';
import {
  ENDPOINT,
  failed,
  type FetchLog,
  freshEndpoint,
  late,
  loaded,
  mount,
  readable,
  readJson,
  rowTexts as rows,
  stubFetch,
  textOf,
} from '../helpers.ts';

/** Whether this page has downloaded chart.js (the dev server serves it from node_modules/chart.js/dist). */
const chartJsLoaded = () =>
  performance.getEntriesByType('resource').some((e) => /\/chart\.js\/dist\//.test(e.name));

/** chart.js itself, for looking at the charts drawn; imported only after the tests that must not load it. */
const chartJs = () => import('chart.js');

/** Mounts the element listening first: a cached document can load before a fixture resolves. */
async function render(attrs: Record<string, string>): Promise<EducationChart> {
  const { el, event } = await mount<EducationChart>('education-chart', attrs);
  expect(event.type).to.equal('occupation-load');
  return el;
}

/** Resolves with the chart.js chart once the element has drawn it on its canvas. */
async function drawn(el: EducationChart) {
  const { Chart } = await chartJs();
  await waitUntil(() => {
    const canvas = el.shadowRoot!.querySelector('canvas');
    return canvas && Chart.getChart(canvas);
  }, 'the chart was not drawn');
  return Chart.getChart(el.shadowRoot!.querySelector('canvas')!)!;
}

/** Whether any pixel of the canvas is (nearly) this colour. */
function painted(canvas: HTMLCanvasElement, [r, g, b]: [number, number, number]): boolean {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i]! - r) < 3 && Math.abs(data[i + 1]! - g) < 3 && Math.abs(data[i + 2]! - b) < 3) return true;
  }
  return false;
}

describe('<education-chart>', () => {
  let log: FetchLog | undefined;
  afterEach(() => log?.restore());

  // This test comes first: nothing before it may have drawn a chart on this page.
  it('says O*NET has no education ratings for Medical Records Specialists, and never loads chart.js', async () => {
    const el = await render({ code: '29-2072.00', endpoint: ENDPOINT });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(
      'Typical education: how much education do most people in this career have?',
    );
    expect(el.shadowRoot!.querySelector('[part=note]')!.textContent).to.equal(
      'O*NET has no education ratings for this occupation.',
    );
    expect(el.shadowRoot!.querySelector('canvas, table')).to.equal(null);
    await new Promise((r) => setTimeout(r, 100));
    expect(chartJsLoaded()).to.equal(false);
    await expect(el).to.be.accessible();
  });

  // O*NET 29.3 Education, Training, and Experience.txt, 31-9092.00, element 2.D.1 (RL):
  // 1=0 2=20.54 3=44.74 4=17.2 5=0.05 6=17.47 7..12=0.
  it('draws Medical Assistants’ education levels with chart.js, described in its label, with every level in a table', async () => {
    expect(chartJsLoaded()).to.equal(false);
    const el = await render({ code: '31-9092.00', endpoint: ENDPOINT });
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.equal(
      'Bar chart of education levels. Most common: Post-Secondary Certificate 44.74%, High School Diploma 20.54%, Bachelor\'s Degree 17.47%.',
    );
    const chart = await drawn(el);
    expect(chartJsLoaded()).to.equal(true);
    // Levels nobody reported are left out of the chart only.
    expect(chart.data.labels!.flat().join(' ')).to.equal(
      "High School Diploma Post-Secondary Certificate Some College Courses Associate's Degree (or other 2-year degree) Bachelor's Degree",
    );
    expect(chart.data.datasets[0]!.data).to.deep.equal([20.54, 44.74, 17.2, 0.05, 17.47]);
    expect(readable(el.shadowRoot!.querySelector('caption')!.textContent)).to.equal(
      'Education level needed for the job: Medical Assistants (percent of respondents)',
    );
    const table = rows(el);
    expect(table).to.have.length(12);
    expect(table.slice(0, 3)).to.deep.equal([
      ['Less than a High School Diploma', '0%'],
      ['High School Diploma', '20.54%'],
      ['Post-Secondary Certificate', '44.74%'],
    ]);
    expect(table[11]).to.deep.equal(['Post-Doctoral Training', '0%']);
    const doc = await readJson<Occupation>('occupations/31-9092.00.json');
    expect(doc.education.levels!.map((l) => l.percent)).to.deep.equal([0, 20.54, 44.74, 17.2, 0.05, 17.47, 0, 0, 0, 0, 0, 0]);
    expect(textOf(el)).to.contain('O*NET 29.3 Database (May 2025 Release)');
    await expect(el).to.be.accessible();
    // The table sits in a disclosure that a keyboard opens.
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('paints the bars in the page’s --ow-color-accent, at once under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await render({ code: '31-9092.00', endpoint: ENDPOINT });
      el.style.setProperty('--ow-color-accent', 'rgb(200, 30, 120)');
      el.requestUpdate();
      await el.updateComplete;
      await waitUntil(async () => (await drawn(el)).data.datasets[0]!.backgroundColor === 'rgb(200, 30, 120)');
      const chart = await drawn(el);
      expect(chart.options.animation).to.equal(false);
      expect(painted(el.shadowRoot!.querySelector('canvas')!, [200, 30, 120])).to.equal(true);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('animates otherwise, and takes the dark theme’s accent when forced', async () => {
    const el = await render({ code: '31-9092.00', theme: 'dark', endpoint: ENDPOINT });
    const chart = await drawn(el);
    expect(chart.options.animation).not.to.equal(false);
    expect(chart.data.datasets[0]!.backgroundColor).to.equal('rgb(142, 197, 255)');
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish: heading, label, axis and table', async () => {
    const el = await render({ code: '31-9092.00', lang: 'es', endpoint: ENDPOINT });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(
      'Educación típica: ¿cuánta educación tiene la mayoría de las personas en esta carrera?',
    );
    expect(el.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label')).to.equal(
      'Gráfico de barras de los niveles de educación. Los más frecuentes: Certificado postsecundario 44.74%, Diploma de escuela secundaria 20.54%, Licenciatura (bachelor’s degree) 17.47%.',
    );
    expect(el.shadowRoot!.querySelector('summary')!.textContent).to.equal('Ver las cifras en una tabla');
    expect(rows(el)[2]).to.deep.equal(['Certificado postsecundario', '44.74%']);
    const chart = await drawn(el);
    expect(chart.data.labels![1]).to.deep.equal(['Certificado', 'postsecundario']);
    await expect(el).to.be.accessible();
  });

  it('destroys its chart on re-render and on disconnect', async () => {
    const { Chart } = await chartJs();
    const el = await render({ code: '31-9092.00', endpoint: ENDPOINT });
    const first = await drawn(el);
    const reloaded = loaded(el);
    el.setAttribute('lang', 'es');
    await reloaded;
    await el.updateComplete;
    await waitUntil(async () => (await drawn(el)) !== first);
    expect(first.canvas).to.equal(null); // destroyed
    expect(Object.keys(Chart.instances)).to.have.length(1);
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    el.remove();
    expect(Chart.getChart(canvas)).to.equal(undefined);
    expect(Object.keys(Chart.instances)).to.have.length(0);
  });

  it('fits a 320px-wide phone, wrapping the level names', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await render({ code: '31-9092.00', endpoint: ENDPOINT });
      await waitUntil(async () => Array.isArray((await drawn(el)).data.labels![0]));
      const canvas = el.shadowRoot!.querySelector('canvas')!;
      const width = canvas.getBoundingClientRect().width;
      expect(width).to.be.greaterThan(250).and.at.most(el.getBoundingClientRect().width);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect((await drawn(el)).data.labels![0]).to.deep.equal(['High School', 'Diploma']);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('puts its heading at the host page’s level, or none', async () => {
    const el = await render({ code: '31-9092.00', 'heading-level': '5', endpoint: ENDPOINT });
    expect(el.shadowRoot!.querySelector('h5')).to.exist;
    el.headingLevel = 0;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
    expect(el.shadowRoot!.querySelector('caption')).to.exist;
  });

});
