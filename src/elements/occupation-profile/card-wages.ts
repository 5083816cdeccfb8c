import { html, nothing, type TemplateResult } from 'lit';
import { placeColumns, type WagesInArea } from '../../data/loaders.ts';
import type { AreaWages } from '../../data/schema.ts';
import { isolate, wage } from '../../format/index.ts';
import type { Lang, Messages } from '../../i18n/index.ts';

/**
 * The card's median wage fact: the state's (or the nation's) median, or for a metropolitan or
 * nonmetropolitan area its median beside its state's and the nation's, the three places a reader
 * compares (as CareerOneStop's local wage comparison does).
 */
export function renderMedian(d: WagesInArea, messages: Pick<Messages, 'common' | 'profile'>, lang: Lang): TemplateResult | typeof nothing {
  const t = messages.profile;
  if (d.state) {
    const columns = placeColumns<AreaWages>(d, messages.common.nation);
    return html`<div>
      <dt>${t.medianWageHere}</dt>
      <dd>
        <ul class="places">
          ${columns.map(
            ([name, row, chosen]) =>
              html`<li class=${chosen ? 'chosen' : ''}>
                ${name}: <strong>${row ? wage(row.annual.median, lang, 'annual') : messages.common.notAvailable}</strong>
              </li>`,
          )}
        </ul>
      </dd>
    </div>`;
  }
  const median = d.local ?? d.nation;
  if (!median) return nothing;
  const place = d.local ? d.areaName : messages.common.nation;
  return html`<div><dt>${t.medianWage(isolate(place))}</dt><dd>${wage(median.annual.median, lang, 'annual')}</dd></div>`;
}
