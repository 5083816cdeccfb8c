import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AreaWages } from '../../data/schema.ts';
import { count, employment, percent, wage } from '../../format/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { DataController } from '../../runtime/data-controller.ts';
import { OccupationElement } from '../../runtime/occupation-element.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading } from '../../templates/heading.ts';
import { AddOccupation } from './add-occupation.ts';
import { loadComparison, MAX_COMPARED, parseCodes, type Compared, type Comparison } from './compare-data.ts';
import { occupationCompareStyles } from './occupation-compare.styles.ts';
import { compare } from '../../i18n/en/compare.ts';
import { education } from '../../i18n/en/education.ts';
import { outlook } from '../../i18n/en/outlook.ts';
import { profile } from '../../i18n/en/profile.ts';
import { wages } from '../../i18n/en/wages.ts';

type Found = Extract<Compared, { found: true }>;

/** The detail of `occupation-compare-change`: the codes after the change, and which one changed. */
export interface OccupationCompareChangeDetail {
  codes: string[];
  added?: string;
  removed?: string;
}

/**
 * Two to four occupations side by side in one place: median and range of wages, employment,
 * projected employment change and openings (BLS), typical education and Bright Outlook (O*NET).
 * The reader removes one with its button, and adds one by typing its title.
 *
 * @summary Occupations side by side: wages, employment, outlook and education.
 * @fires occupation-load - The comparison rendered; detail `{ codes, location, missing }` (missing: codes not in the endpoint).
 * @fires occupation-error - Loading failed; detail `{ code, kind, status?, attribute?, message }`.
 * @fires occupation-compare-change - The reader removed or added an occupation; detail `{ codes, added?, removed? }`. Cancelable: cancel it to keep the codes as they were.
 * @csspart heading - The heading.
 * @csspart table - The comparison table.
 * @csspart remove - Each occupation's remove button.
 * @csspart add - The form that adds an occupation by title.
 * @csspart note - Notes and the sources line.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error or invalid-attribute message.
 * @csspart retry - The retry button.
 */
export class OccupationCompare extends OccupationElement {
  static override styles = [theme, stateStyles, occupationCompareStyles];

  /** O*NET-SOC codes separated by commas: two to four (`29-2072.00,31-9092.00`). */
  @property({ reflect: true }) codes = '';
  /** `US` (default) or a two-letter state code: whose wages and employment are shown. */
  @property() location?: string;

  /** What the last change did, read out by a live region ("… added to the comparison."). */
  @state() private status = '';

  private readonly data = new DataController(this, {
    messages: { compare, education, outlook, profile, wages },
    args: () => [this.codes] as const,
    detail: (c: Comparison) => ({
      codes: c.items.filter((i) => i.found).map((i) => i.code),
      location: c.area,
      missing: c.items.filter((i) => !i.found).map((i) => i.code),
    }),
    load: ([codes], context) => loadComparison(parseCodes(codes), context),
  });

  private readonly adder = new AddOccupation(this, () => this.data.client);

  /** The current codes, or none while the attribute is invalid. */
  private get list(): string[] {
    try {
      return parseCodes(this.codes);
    } catch {
      return [];
    }
  }

  protected override render() {
    const lang = this.data.lang;
    // The form and the live region stay while a change reloads, so focus and announcements survive it.
    return html`${this.data.render((c) => this.renderComparison(c, lang), 8)}
      <div class="lang" lang=${lang}>
        ${this.list.length ? this.adder.render(this.data.t, this.list.length >= MAX_COMPARED) : nothing}
        <p class="visually-hidden" role="status">${this.status}</p>
      </div>`;
  }

  /** Changes the codes unless a listener cancels `occupation-compare-change`; says what it did. */
  change(codes: string[], what: { added?: string; removed?: string }, said: string): boolean {
    const event = this.emit<OccupationCompareChangeDetail>('occupation-compare-change', { codes, ...what }, { cancelable: true });
    if (event.defaultPrevented) return false;
    this.codes = codes.join(',');
    this.status = said;
    return true;
  }

  /** Adds a code chosen in the form; false (with the reason said) when it cannot be added. */
  add(code: string, title: string): boolean {
    const t = this.data.t.compare;
    const list = this.list;
    if (list.includes(code)) return (this.status = t.already(title)), false;
    if (list.length >= MAX_COMPARED) return (this.status = t.full), false;
    return this.change([...list, code], { added: code }, t.added(title));
  }

  /** Announces a message from the form (no match, the search failed). */
  say(message: string): void {
    this.status = message;
  }

  private removeCode(code: string, title: string): void {
    if (this.change(this.list.filter((c) => c !== code), { removed: code }, this.data.t.compare.removed(title))) {
      // The button is gone with its column: focus goes to the form, which stays.
      this.adder.focus();
    }
  }

  private renderComparison(c: Comparison, lang: Lang) {
    const t = this.data.t.compare;
    const found = c.items.filter((i): i is Found => i.found);
    const canRemove = c.items.length > 1;
    const missing = c.items.filter((i) => !i.found);
    return html`${heading(this.headingLevel, t.heading)}
      ${missing.map(
        (m) => html`<p class="note" part="note">
          ${this.data.t.common.notFound(m.code)}
          ${canRemove ? this.removeButton(m.code, m.code) : nothing}
        </p>`,
      )}
      ${found.length ? this.renderTable(c, found, canRemove, lang) : nothing}
      ${this.data.englishNote()}`;
  }

  private removeButton(code: string, title: string): TemplateResult {
    return html`<button type="button" part="remove" class="remove" aria-label=${this.data.t.compare.remove(title)}
      @click=${() => this.removeCode(code, title)}>${this.data.t.compare.removeShort}</button>`;
  }

  private renderTable(c: Comparison, found: Found[], canRemove: boolean, lang: Lang) {
    const t = this.data.t.compare;
    const common = this.data.t.common;
    const place = c.area === 'US' ? common.nation : c.areaName;
    const en = (text: string) => html`<span lang=${ifDefined(lang === 'en' ? undefined : 'en')}>${text}</span>`;
    // The area's wages row; the nation's when the area is the nation; undefined when BLS has none there.
    const wagesRow = (f: Found): AreaWages | undefined => (f.wages.local === null ? f.wages.nation : f.wages.local) ?? undefined;
    const w = this.data.t.wages;
    // BLS publishes some occupations' wages by the hour only (actors, musicians): shown so, and said.
    const rate = (f: Found) => (f.wages.wages?.hourlyOnly ? 'hourly' : 'annual');
    const hourly = (f: Found) =>
      rate(f) === 'hourly' ? html` <span class="period muted">(${w.hourly.toLowerCase()})</span>` : nothing;
    const rows: [string, (f: Found) => unknown][] = [
      [t.medianWage(place), (f) => {
        const r = wagesRow(f);
        return r ? html`${wage(r[rate(f)].median, lang, rate(f))}${hourly(f)}` : t.notPublished;
      }],
      [t.wageRange(place), (f) => {
        const r = wagesRow(f);
        if (!r) return t.notPublished;
        const [low, high] = [r[rate(f)].p10, r[rate(f)].p90];
        if (low === 'not-available' && high === 'not-available') return this.data.t.common.notAvailable;
        return html`${t.range(wage(low, lang, rate(f)), wage(high, lang, rate(f)))}${hourly(f)}`;
      }],
      [t.employment(place), (f) => { const r = wagesRow(f); return r ? employment(r.employment, lang) : t.notPublished; }],
      [t.growth, (f) => this.projection(f, (r) => percent(r.percentChange, lang, true), c.areaName)],
      [t.openings, (f) => this.projection(f, (r) => count(r.annualOpenings, lang), c.areaName)],
      [t.education, (f) => {
        const value = f.wages.occupation.education.typical?.education;
        if (!value) return t.notPublished;
        const name = this.data.t.education.blsValue('education', value);
        return name.english && lang !== 'en' ? en(name.text) : name.text;
      }],
      [t.brightOutlook, (f) => {
        const why = f.wages.occupation.brightOutlook;
        return why.length ? t.yes(why.map((b) => this.data.t.profile.brightCategory[b] ?? b).join(', ')) : t.no;
      }],
    ];
    // The sources of the figures shown (the occupation document names more: its other sections').
    const shown = new Set(['onet', 'bright-outlook', 'oews', 'projections']);
    const sources = found
      .flatMap((f) => [f.wages.occupation.sources, f.wages.wages?.sources ?? [], f.projections.projections?.sources ?? []].flat())
      .filter((s) => shown.has(s.id));
    return html`<div class="scroll" tabindex="0" role="region" aria-labelledby="caption">
        <table part="table">
          <caption id="caption">${t.caption(place)}</caption>
          <thead>
            <tr>
              <td></td>
              ${found.map(
                (f) => html`<th scope="col">
                  <span class="title">${en(f.wages.occupation.title)}</span>
                  <span class="code muted">${f.code}</span>
                  ${canRemove ? this.removeButton(f.code, f.wages.occupation.title) : nothing}
                </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${rows.map(([label, cell]) => html`<tr><th scope="row">${label}</th>${found.map((f) => html`<td>${cell(f)}</td>`)}</tr>`)}
          </tbody>
        </table>
      </div>
      ${found.map((f) => this.aggregateNotes(f))}
      <p class="note muted" part="note">${t.sources} <span lang="en">${[...new Set(sources.map((s) => s.name))].join('; ')}</span>.</p>`;
  }

  /** Where BLS publishes an occupation's figures for a group that includes it (Home Health Aides: 31-1120). */
  private aggregateNotes(f: Found) {
    const { occupation, wages } = f.wages;
    const projections = f.projections.projections;
    const note = (text: string) => html`<p class="note" part="note"><span lang="en">${occupation.title}</span>: ${text}</p>`;
    return html`${occupation.wages?.aggregate && wages ? note(this.data.t.wages.aggregate(wages.title, wages.soc)) : nothing}
    ${occupation.projections?.aggregate && projections ? note(this.data.t.outlook.aggregate(projections.title, projections.soc)) : nothing}`;
  }

  /** A projection figure of the area (the nation's where the area has none), with its place and period. */
  private projection(f: Found, figure: (r: NonNullable<Found['projections']['nation']>) => string, areaName: string) {
    const p = f.projections;
    const row = p.local ?? p.nation;
    if (!row || !p.projections) return this.data.t.compare.notPublished;
    const where = p.local ? areaName : this.data.t.common.nation;
    const years = `${row.baseYear ?? p.projections.baseYear}–${row.projectedYear ?? p.projections.projectedYear}`;
    return html`${figure(row)} <span class="period muted">(${this.data.t.compare.period(where, years)})</span>`;
  }
}
