import { html, nothing } from 'lit';
import { projectionsInArea, type ProjectionsInArea } from '../../data/loaders.ts';
import type { Occupation, ProjectionRow, ProjectionsDocument } from '../../data/schema.ts';
import { count, percent, isolate } from '../../format/index.ts';
import { lookup, type Lang } from '../../i18n/index.ts';
import { DataController } from '../../runtime/data-controller.ts';
import { LocatedOccupationElement } from '../../runtime/occupation-element.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { STEP } from '../../templates/show-all.ts';
import { heading } from '../../templates/heading.ts';
import { employmentOutlookStyles } from './employment-outlook.styles.ts';
import { projectionColumns, years, type ProjectionColumn } from './projection-columns.ts';
import { outlook } from '../../i18n/en/outlook.ts';

/**
 * Will there be jobs? The O*NET Bright Outlook designation, when the occupation has one, and the
 * BLS Employment Projections: employment in the base and projected years, percent change and
 * openings per year. The nation's projections always; a state's beside them when the endpoint has
 * state projections (a metropolitan or nonmetropolitan area shows its state's), each column
 * labelled with its own projection period when the state's cycle is not the nation's.
 *
 * @summary Bright Outlook and BLS employment projections for one occupation.
 * @fires occupation-load - The outlook rendered; detail `{ code, soc, location }`.
 * @fires occupation-error - Loading failed; detail `{ code, kind, status?, attribute?, message }`.
 * @csspart heading - The heading.
 * @csspart bright-outlook - The Bright Outlook statement and its categories.
 * @csspart table - The projections table.
 * @csspart note - Notes under the table (national figures, aggregate, source) or "none".
 * @csspart loading - The loading placeholder.
 * @csspart error - The error, not-found or invalid-attribute message.
 * @csspart retry - The retry button.
 * @cssprop --ow-color-accent - The Bright Outlook statement's edge.
 * @cssprop --ow-color-highlight - The Bright Outlook statement's background and the state's column.
 */
export class EmploymentOutlook extends LocatedOccupationElement {
  static override styles = [theme, stateStyles, employmentOutlookStyles];

  private readonly data = new DataController(this, {
    messages: { outlook },
    args: () => [this.code] as const,
    detail: (d: ProjectionsInArea) => ({ code: d.occupation.code, soc: d.projections?.soc ?? null, location: d.area }),
    load: ([code], context) => projectionsInArea(code, context),
  });

  protected override render() {
    return this.data.render((d) => this.renderOutlook(d, this.data.lang), 6);
  }

  private renderOutlook(d: ProjectionsInArea, lang: Lang) {
    const t = this.data.t.outlook;
    return html`${heading(this.headingLevel, t.heading)}
      ${this.renderBright(d.occupation, lang)}
      ${d.projections && d.nation
        ? this.renderProjections(d, d.projections, d.nation, lang)
        : html`<p part="note">${t.none}</p>`}`;
  }

  private renderBright(occupation: Occupation, lang: Lang) {
    if (!occupation.brightOutlook.length) return nothing;
    const t = this.data.t.outlook;
    return html`<div class="bright" part="bright-outlook">
      <p class="lead">${t.bright}</p>
      <p>${t.brightWhy}</p>
      <ul>
        ${occupation.brightOutlook.slice(0, STEP).map((c) => {
          const [name, why] = lookup(t.category, c) ?? [c, ''];
          return html`<li><strong>${name}</strong>${why ? `: ${why}` : ''}</li>`;
        })}
      </ul>
    </div>`;
  }

  private renderProjections(d: ProjectionsInArea, doc: ProjectionsDocument, nation: ProjectionRow, lang: Lang) {
    const t = this.data.t.outlook;
    const { columns, sameCycle, stateName, hasState } = projectionColumns(d, doc, nation, this.data.t.common.nation);
    const [first] = columns as [ProjectionColumn];
    const rows: [string, (r: ProjectionRow) => string][] = [
      [sameCycle ? t.base(first.baseYear) : t.baseOwn, (r) => count(r.base, lang)],
      [sameCycle ? t.projected(first.projectedYear) : t.projectedOwn, (r) => count(r.projected, lang)],
      [sameCycle ? t.percentChange(years(first)) : t.percentChangeOwn, (r) => percent(r.percentChange, lang, true)],
      [t.openings, (r) => count(r.annualOpenings, lang)],
    ];
    // O*NET codes that end in other than .00 share their SOC occupation's figures with others.
    const shared = d.occupation.projections!.aggregate || !d.occupation.code.endsWith('.00');
    const title = shared ? doc.title : d.occupation.title;
    const credited = doc.sources.filter((s) => s.id === 'projections' || (hasState && s.id === 'state-projections'));
    return html`<div class="scroll" tabindex="0" role="region" aria-labelledby="caption">
        <table part="table">
          <caption id="caption">
            ${sameCycle ? t.caption(isolate(title), years(first)) : t.captionOwn(isolate(title))}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.measure}</th>
              ${columns.map(
                (c) => html`<th scope="col" class="num ${c.chosen ? 'highlight' : ''}">
                  ${sameCycle ? c.name : `${c.name}, ${years(c)}`}
                </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              ([label, value]) => html`<tr>
                <th scope="row">${label}</th>
                ${columns.map((c) => html`<td class="num ${c.chosen ? 'highlight' : ''}">${value(c.row)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${d.state && hasState ? html`<p class="note" part="note">${t.stateForArea(isolate(d.areaName), isolate(stateName))}</p>` : nothing}
      ${d.local === undefined && !hasState ? html`<p class="note" part="note">${t.national(isolate(stateName))}</p>` : nothing}
      ${sameCycle ? nothing : html`<p class="note" part="note">${t.otherCycle(isolate(stateName), years(first), years(columns[1]!))}</p>`}
      ${shared ? html`<p class="note" part="note">${t.aggregate(isolate(doc.title), doc.soc)}</p>` : nothing}
      <p class="note muted" part="note">
        ${t.openingsExplain} ${t.source}
        ${credited.length
          ? credited.map(
              (release, i) => html`${i ? '; ' : ''}<span lang="en">${release.publisher},
                  <a href=${release.url} rel="noopener">${release.name}</a></span>`,
            )
          : 'BLS Employment Projections'}.
      </p>`;
  }
}
