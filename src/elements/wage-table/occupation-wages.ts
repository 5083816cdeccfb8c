import { html, nothing } from 'lit';
import { placeColumns, type WagesInArea } from '../../data/loaders.ts';
import type { AreaWages, EstimatedField, WageRow } from '../../data/schema.ts';
import { isolate, releaseName, wage, type WageUnit } from '../../format/index.ts';
import { estimateMethods } from './estimates.ts';
import type { Lang, Messages } from '../../i18n/index.ts';
import { heading } from '../../templates/heading.ts';

const PERCENTILES = ['p10', 'p25', 'median', 'p75', 'p90'] as const satisfies (keyof WageRow)[];

/** One occupation's wage percentiles, the chosen state beside the nation (`code="..."`). */
export function renderOccupationWages(
  d: WagesInArea,
  lang: Lang,
  t0: Pick<Messages, 'common' | 'wages'>,
  level: number,
  asked: WageUnit,
  toggle: (rate: WageUnit) => unknown,
) {
  const t = t0.wages;
  const { wages, occupation } = d;
  const rate: WageUnit = wages?.annualOnly ? 'annual' : wages?.hourlyOnly ? 'hourly' : asked;
  const title = heading(level, t.heading);
  if (!wages || !d.nation) return html`${title}<p part="note">${t.noWages}</p>`;
  const nationName = t0.common.nation;
  const columns = placeColumns<AreaWages>(d, nationName);
  const release = releaseName(wages.sources.find((s) => s.id === 'oews')?.version ?? '', lang);
  // Figures the build marked as estimates (a sidecar's derived columns, e.g. hourly = annual ÷ 2080).
  const estimated = (row: AreaWages | undefined, p: string) => row?.estimated?.includes(`${rate}.${p}` as EstimatedField) ?? false;
  const marked = PERCENTILES.filter((p) => columns.some(([, row]) => estimated(row, p)));
  const methods = marked.flatMap((p) => {
    const how = wages.estimates?.[`${rate}.${p}` as EstimatedField];
    return how ? [[t[p], how] as const] : [];
  });
  return html`${title}
    ${wages.annualOnly || wages.hourlyOnly ? nothing : toggle(rate)}
    <!-- A table wider than a narrow screen scrolls: keyboard users reach the scroll by Tab. -->
    <div class="scroll" tabindex="0" role="region" aria-labelledby="caption">
      <table part="table">
        <caption id="caption">
          ${t.caption(rate === 'annual' ? t.annual : t.hourly, isolate(occupation.title), isolate(d.areaName))}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.percentile}</th>
            ${columns.map(([name, , mine]) => html`<th scope="col" class="num ${mine ? 'highlight' : ''}">${name}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${PERCENTILES.map(
            (p) => html`<tr class=${p === 'median' ? 'median' : ''}>
              <th scope="row">${t[p]}</th>
              ${columns.map(
                ([, row, mine]) =>
                  html`<td class="num ${mine ? 'highlight' : ''}">
                    ${row ? wage(row[rate][p], lang, rate) : t0.common.notAvailable}${estimated(row, p)
                      ? html`<span aria-hidden="true">†</span><span class="visually-hidden"> (${t.estimate})</span>`
                      : nothing}
                  </td>`,
              )}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${d.local === undefined ? html`<p class="note" part="note">${t.noArea(isolate(d.areaName))}</p>` : nothing}
    ${d.state?.whole === false ? html`<p class="note" part="note">${t.noWhole(isolate(d.state.name))}</p>` : nothing}
    ${occupation.wages?.aggregate ? html`<p class="note" part="note">${t.aggregate(isolate(wages.title), wages.soc)}</p>` : nothing}
    ${wages.annualOnly ? html`<p class="note" part="note">${t.annualOnly}</p>` : nothing}
    ${wages.hourlyOnly ? html`<p class="note" part="note">${t.hourlyOnly}</p>` : nothing}
    ${marked.length ? html`<p class="note" part="note">${t.estimatesNote} ${estimateMethods(methods, t)}</p>` : nothing}
    ${d.live ? html`<p class="note" part="note">${t.liveArea(isolate(d.live.location), isolate(d.areaName))}</p>` : nothing}
    <p class="note muted" part="note">${t.explain} ${d.live ? t.liveSource(d.live.wages?.wageYear ?? '') : t.source(release)}</p>`;
}
