import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { onetCode } from '../../data/codes.ts';
import type { Occupation } from '../../data/schema.ts';
import { count } from '../../format/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { DataController } from '../../runtime/data-controller.ts';
import { OccupationCodeElement } from '../../runtime/occupation-element.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading } from '../../templates/heading.ts';
import { ShowAll } from '../../templates/show-all.ts';
import { occupationProgramsStyles } from './occupation-programs.styles.ts';
import { programs } from '../../i18n/en/programs.ts';

type Program = Occupation['programs'][number];

/**
 * Programs that can prepare you: the education programs (CIP 2020 titles and codes) that NCES's
 * CIP–SOC crosswalk matches to the occupation. With `program-href`, each program links to the
 * host's own page for it, such as a college catalogue search.
 *
 * @summary Education programs (CIP) that prepare for one occupation.
 * @fires occupation-load - The list rendered; detail `{ code, programs }` (how many).
 * @fires occupation-error - Loading failed; detail `{ code, kind, status?, attribute?, message }`.
 * @csspart heading - The heading.
 * @csspart list - The list of programs.
 * @csspart link - Each program's link (with `program-href`).
 * @csspart note - "None" and the source line.
 * @csspart show-all - The "Show all" / "Show fewer" button, under a very long list.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error, not-found or invalid-attribute message.
 * @csspart retry - The retry button.
 */
export class OccupationPrograms extends OccupationCodeElement {
  static override styles = [theme, stateStyles, occupationProgramsStyles];

  /**
   * Link for each program: `{cip}` is replaced by its CIP code and `{title}` by its title (both
   * URL-encoded), e.g. `/catalog/search?cip={cip}`. Without it the programs are a plain list.
   */
  @property({ attribute: 'program-href' }) programHref?: string;

  /** The crosswalk matches a handful of programs; a document with thousands still renders in steps. */
  private readonly more = new ShowAll(this);

  private readonly data = new DataController(this, {
    messages: { programs },
    args: () => [this.code] as const,
    detail: (o: Occupation) => ({ code: o.code, programs: o.programs.length }),
    load: ([code], { client, signal }) => client.get('occupation', onetCode(code), signal),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code')) this.more.reset();
  }

  protected override render() {
    return this.data.render((o) => this.renderPrograms(o, this.data.lang), 4);
  }

  private renderPrograms(o: Occupation, lang: Lang) {
    const t = this.data.t.programs;
    const title = html`${heading(this.headingLevel, t.heading)}${this.data.englishNote()}`;
    if (!o.programs.length) return html`${title}<p part="note">${t.none}</p>`;
    const cip = o.sources.find((s) => s.id === 'cip');
    // CIP titles are NCES's, in English.
    const english = lang === 'en' ? undefined : 'en';
    return html`${title}
      <p>${t.intro}</p>
      <ul part="list" id="items">
        ${this.more.visible(o.programs, 0).map(
          (p) => html`<li>
            ${this.programHref
              ? html`<a part="link" href=${this.href(this.programHref, p)} lang=${ifDefined(english)}>${p.title}</a>`
              : html`<span lang=${ifDefined(english)}>${p.title}</span>`}
            <span class="cip muted">(${t.cip} ${p.cip})</span>
          </li>`,
        )}
      </ul>
      ${this.more.button(o.programs.length, 0, { more: t.showAll(count(o.programs.length, lang)), less: t.showFewer }, 'items')}
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
