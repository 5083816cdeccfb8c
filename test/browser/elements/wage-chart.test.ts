import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../../src/index.ts';
import type { WageChart } from '../../../src/elements/wage-chart/wage-chart.ts';
import type { WagesDocument } from '../../../src/data/schema.ts';
import { ENDPOINT, mount, readJson, rowTexts as rows, textOf } from '../helpers.ts';

/** Whether this page has downloaded chart.js (the dev server serves it from node_modules/chart.js/dist). */
const chartJsLoaded = () => performance.getEntriesByType('resource').some((e) => /\/chart\.js\/dist\//.test(e.name));
const chartJs = () => import('chart.js');

async function render(attrs: Record<string, string>): Promise<WageChart> {
  const { el, event } = await mount<WageChart>('wage-chart', attrs);
  expect(event.type).to.equal('occupation-load');
  return el;
}

async function drawn(el: WageChart) {
  const { Chart } = await chartJs();
  await waitUntil(() => {
    const canvas = el.shadowRoot!.querySelector('canvas');
    return canvas && Chart.getChart(canvas);
  }, 'the chart was not drawn');
  return Chart.getChart(el.shadowRoot!.querySelector('canvas')!)!;
}

function painted(canvas: HTMLCanvasElement, [r, g, b]: [number, number, number]): boolean {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i]! - r) < 3 && Math.abs(data[i + 1]! - g) < 3 && Math.abs(data[i + 2]! - b) < 3) return true;
  }
  return false;
}

describe('<wage-chart>', () => {
  // These tests come first: nothing before them may have drawn a chart on this page.
  it('says BLS publishes no wages for Legislators, and never loads chart.js', async () => {
    const el = await render({ code: '11-1031.00', location: 'CA', endpoint: ENDPOINT });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Wage range: what do most workers earn?');
    expect(textOf(el)).to.contain('BLS does not publish wages for this occupation.');
    expect(el.shadowRoot!.querySelector('canvas, table')).to.equal(null);
    await new Promise((r) => setTimeout(r, 100));
    expect(chartJsLoaded()).to.equal(false);
    await expect(el).to.be.accessible();
  });

  // BLS OEWS May 2025, 29-2072 Medical Records Specialists, annual: California p10 43,800,
  // p25 49,000, median 61,810, p75 80,630, p90 102,470; nation 37,000 43,490 51,140 64,820 81,150.
  it('draws Medical Records Specialists’ wage spread in California beside the nation, with the same figures in a table', async () => {
    expect(chartJsLoaded()).to.equal(false);
    const el = await render({ code: '29-2072.00', location: 'CA', endpoint: ENDPOINT });
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.equal(
      'Range chart of annual wages. California: median $61,810; middle half $49,000 to $80,630; 10th to 90th percentile $43,800 to $102,470. ' +
        'United States: median $51,140; middle half $43,490 to $64,820; 10th to 90th percentile $37,000 to $81,150.',
    );
    const chart = await drawn(el);
    expect(chartJsLoaded()).to.equal(true);
    expect(chart.data.labels).to.deep.equal(['California', 'United States']);
    expect(chart.data.datasets[0]!.data).to.deep.equal([[43800, 102470], [37000, 81150]]);
    expect(chart.data.datasets[1]!.data).to.deep.equal([[49000, 80630], [43490, 64820]]);
    expect(el.shadowRoot!.querySelector('caption')!.textContent!.trim()).to.equal(
      'Annual wages for Medical Records Specialists in California',
    );
    expect(rows(el)).to.deep.equal([
      ['10th percentile', '$43,800', '$37,000'],
      ['25th percentile', '$49,000', '$43,490'],
      ['Median', '$61,810', '$51,140'],
      ['75th percentile', '$80,630', '$64,820'],
      ['90th percentile', '$102,470', '$81,150'],
    ]);
    const doc = await readJson<WagesDocument>('wages/29-2072.json');
    expect(doc.areas.find((a) => a.area === 'CA')!.annual.median).to.equal(61810);
    expect(doc.areas.find((a) => a.area === 'US')!.annual.median).to.equal(51140);
    expect(textOf(el)).to.contain('Source: BLS Occupational Employment and Wage Statistics, May 2025.');
    await expect(el).to.be.accessible();
    const details = el.shadowRoot!.querySelector('details')!;
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows hourly wages, and the nation alone for location US', async () => {
    const el = await render({ code: '29-2072.00', location: 'US', rate: 'hourly', endpoint: ENDPOINT });
    const chart = await drawn(el);
    expect(chart.data.labels).to.deep.equal(['United States']);
    expect(chart.data.datasets[0]!.data).to.deep.equal([[17.79, 39.01]]);
    expect(rows(el)[2]).to.deep.equal(['Median', '$24.59']);
  });

  it('draws a local area beside its state and the nation, as the wage table does', async () => {
    const el = await render({ code: '31-9092.00', location: '0600003', endpoint: ENDPOINT });
    const chart = await drawn(el);
    const area = 'North Coast Region of California nonmetropolitan area';
    expect(chart.data.labels!.map((l) => [l].flat().join(' '))).to.deep.equal([area, 'California', 'United States']);
    const doc = await readJson<WagesDocument>('wages/31-9092/CA.json');
    const median = (code: string) => doc.areas.find((a) => a.area === code)!.annual.median;
    expect(chart.data.datasets[1]!.data.length).to.equal(3);
    expect(rows(el)[2]).to.deep.equal(['Median', ...['0600003', 'CA', 'US'].map((c) => `$${median(c)!.toLocaleString('en-US')}`)]);
    expect(el.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label')).to.contain(`California: median $${median('CA')!.toLocaleString('en-US')}`);
  });

  it('paints the boxes in the page’s --ow-color-accent, at once under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await render({ code: '29-2072.00', location: 'CA', endpoint: ENDPOINT });
      el.style.setProperty('--ow-color-accent', 'rgb(200, 30, 120)');
      el.requestUpdate();
      await el.updateComplete;
      await waitUntil(async () => (await drawn(el)).data.datasets[1]!.backgroundColor === 'rgb(200, 30, 120)');
      const chart = await drawn(el);
      expect(chart.options.animation).to.equal(false);
      expect(painted(el.shadowRoot!.querySelector('canvas')!, [200, 30, 120])).to.equal(true);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('animates otherwise, and takes the dark theme’s colours when forced', async () => {
    const el = await render({ code: '29-2072.00', location: 'CA', theme: 'dark', endpoint: ENDPOINT });
    const chart = await drawn(el);
    expect(chart.options.animation).not.to.equal(false);
    expect(chart.data.datasets[1]!.backgroundColor).to.equal('rgb(142, 197, 255)');
    // The axis is written in the dark theme's light text.
    const scale = chart.options.scales!.x as { ticks: { color: string } };
    expect(scale.ticks.color).to.equal('rgb(238, 241, 245)');
    await expect(el).to.be.accessible();
  });

  it('redraws when the reader’s colour scheme changes to dark (theme="auto")', async () => {
    const el = await render({ code: '29-2072.00', location: 'CA', theme: 'auto', endpoint: ENDPOINT });
    const light = await drawn(el);
    expect(light.data.datasets[1]!.backgroundColor).to.equal('rgb(11, 92, 173)');
    await emulateMedia({ colorScheme: 'dark' });
    try {
      await waitUntil(async () => (await drawn(el)).data.datasets[1]!.backgroundColor === 'rgb(142, 197, 255)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('speaks Spanish: heading, label and table', async () => {
    const el = await render({ code: '29-2072.00', location: 'CA', lang: 'es', endpoint: ENDPOINT });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Rango salarial: ¿cuánto gana la mayoría de los trabajadores?');
    expect(el.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label')).to.equal(
      'Gráfico de rangos de salarios anuales. California: mediana $61,810; mitad central de $49,000 a $80,630; del percentil 10 al 90, de $43,800 a $102,470. ' +
        'Estados Unidos: mediana $51,140; mitad central de $43,490 a $64,820; del percentil 10 al 90, de $37,000 a $81,150.',
    );
    expect(el.shadowRoot!.querySelector('caption')!.textContent!.trim()).to.equal(
      'Salarios (anual) de Medical Records Specialists en California',
    );
    expect(rows(el)[2]![0]).to.equal('Mediana');
    await expect(el).to.be.accessible();
  });

  it('resizes with its container, down to a 320px phone', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await render({ code: '29-2072.00', location: 'CA', endpoint: ENDPOINT });
      await drawn(el);
      const canvas = el.shadowRoot!.querySelector('canvas')!;
      expect(canvas.getBoundingClientRect().width).to.be.greaterThan(250).and.at.most(el.getBoundingClientRect().width);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      el.style.width = '300px';
      await waitUntil(() => canvas.getBoundingClientRect().width <= 300, 'the chart did not shrink');
      // A long area name in lines, each inside the axis (none cut at its start), within its row.
      const local = await render({ code: '31-9092.00', location: '0600003', endpoint: ENDPOINT });
      const chart = await drawn(local);
      const name = [chart.data.labels![0] as string | string[]].flat();
      expect(name.join(' ')).to.equal('North Coast Region of California nonmetropolitan area');
      const ctx = document.createElement('canvas').getContext('2d')!;
      const font = (chart.options.scales!.y!.ticks as { font: { size: number; family: string } }).font;
      ctx.font = `${font.size}px ${font.family}`;
      const widest = Math.max(...name.map((line) => ctx.measureText(line).width));
      expect(widest, 'the longest line fits the axis').to.be.at.most(chart.scales.y!.width);
      expect(name.length * font.size * 1.2, 'the lines fit their row').to.be.at.most(chart.scales.y!.height / 3);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('destroys its chart on disconnect', async () => {
    const { Chart } = await chartJs();
    const el = await render({ code: '29-2072.00', location: 'CA', endpoint: ENDPOINT });
    await drawn(el);
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    el.remove();
    expect(Chart.getChart(canvas)).to.equal(undefined);
  });

  it('draws again where it is moved in the page, and first when a closed section around it opens', async () => {
    const el = await render({ code: '29-2072.00', location: 'CA', endpoint: ENDPOINT });
    await drawn(el);
    const details = document.createElement('details');
    document.body.append(details);
    try {
      details.append(el); // moved: disconnected (its chart destroyed), then connected, hidden
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const { Chart } = await chartJs();
      expect(Chart.getChart(el.shadowRoot!.querySelector('canvas')!), 'not drawn while hidden').to.equal(undefined);
      details.open = true;
      const chart = await drawn(el);
      expect(chart.canvas.getBoundingClientRect().width).to.be.greaterThan(0);
    } finally {
      details.remove();
    }
  });
});
