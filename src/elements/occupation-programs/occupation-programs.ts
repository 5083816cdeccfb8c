import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { WidgetData } from '../../controllers/widget-data.ts';
import { onetCode } from '../../data/codes.ts';
import type { Occupation } from '../../data/schema.ts';
import type { Lang } from '../../i18n/index.ts';
import { programsText } from '../../i18n/programs.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading } from '../shared/heading.ts';
import { occupationProgramsStyles } from './occupation-programs.styles.ts';

type Program = Occupation['programs'][number];

/**
 * Programs that can prepare you: the education programs (CIP 2020 titles and codes) that NCES's
 * CIP–SOC crosswalk matches to the occupation. With `program-href`, each program links to the
 * host's own page for it, such as a college catalogue search.
 *
 * @summary Education programs (CIP) that prepare for one occupation.
 * @fires occupation-load - The list rendered; detail `{ code, programs }` (how many).
 * @fires occupation-error - Loading failed; detail `{ code, kind, status?, message }`.
 * @csspart heading - The heading.
 * @csspart list - The list of programs.
 * @csspart link - Each program's link (with `program-href`).
 * @csspart note - "None" and the source line.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error, not-found or invalid-attribute message.
 * @csspart retry - The retry button.
 */
export class OccupationPrograms extends LitElement {
  static override styles = [theme, stateStyles, occupationProgramsStyles];

  /** O*NET-SOC code, such as `29-2072.00`. */
  @property() code = '';
  /** Not used by this section (the crosswalk is national); accepted like every element's. */
  @property() location?: string;
  /** Base URL of the data endpoint. */
  @property() endpoint?: string;
  /** Level of the widget's heading, 1-6, to fit the host page's outline; 0 hides it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /**
   * Link for each program: `{cip}` is replaced by its CIP code and `{title}` by its title (both
   * URL-encoded), e.g. `/catalog/search?cip={cip}`. Without it the programs are a plain list.
   */
  @property({ attribute: 'program-href' }) programHref?: string;

  readonly data = new WidgetData(this, {
    args: () => [this.code] as const,
    detail: (o: Occupation) => ({ code: o.code, programs: o.programs.length }),
    load: ([code], { client, signal, lang }) => client.get('occupation', onetCode(code, lang), signal),
  });

  protected override render() {
    return this.data.render((o) => this.renderPrograms(o, this.data.lang), 4);
  }

  private renderPrograms(o: Occupation, lang: Lang) {
    const t = programsText(lang);
    const title = html`${heading(this.headingLevel, t.heading)}${this.data.englishNote()}`;
    if (!o.programs.length) return html`${title}<p part="note">${t.none}</p>`;
    const cip = o.sources.find((s) => s.id === 'cip');
    // CIP titles are NCES's, in English.
    const english = lang === 'en' ? undefined : 'en';
    return html`${title}
      <p>${t.intro}</p>
      <ul part="list">
        ${o.programs.map(
          (p) => html`<li>
            ${this.programHref
              ? html`<a part="link" href=${this.href(this.programHref, p)} lang=${ifDefined(english)}>${p.title}</a>`
              : html`<span lang=${ifDefined(english)}>${p.title}</span>`}
            <span class="cip muted">(${t.cip} ${p.cip})</span>
          </li>`,
        )}
      </ul>
      <p class="note muted" part="note">
        ${t.source}
        ${cip
          ? html`<span lang="en">${cip.publisher}, <a href=${cip.url} rel="noopener">${cip.name}</a></span>.`
          : 'NCES CIP–SOC crosswalk.'}
      </p>`;
  }

  private href(template: string, p: Program): string {
    return template.replaceAll('{cip}', encodeURIComponent(p.cip)).replaceAll('{title}', encodeURIComponent(p.title));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'occupation-programs': OccupationPrograms;
  }
}
