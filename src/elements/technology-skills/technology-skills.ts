import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { WidgetData } from '../../controllers/widget-data.ts';
import { onetCode } from '../../data/codes.ts';
import type { Occupation } from '../../data/schema.ts';
import { count } from '../../format/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { technologyText } from '../../i18n/technology.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading } from '../shared/heading.ts';
import { listStyles, ShowAll } from '../shared/show-all.ts';
import { technologyStyles } from './technology-skills.styles.ts';

/**
 * The software people in an occupation use, from O*NET's Technology Skills, grouped by kind
 * (O*NET's commodity categories, in its order). Hot technologies, those employers often name
 * in job postings, are marked in words. The first `limit` kinds are shown, with "Show all".
 *
 * @summary An occupation's technology skills by kind, hot technologies marked.
 * @fires occupation-load - The technology rendered; detail `{ code, categories }` (how many).
 * @fires occupation-error - Loading failed; detail `{ code, kind, status?, message }`.
 * @csspart heading - The heading.
 * @csspart list - The list of kinds of technology.
 * @csspart category - One kind of technology with its examples.
 * @csspart category-name - The name of a kind.
 * @csspart examples - The examples of one kind.
 * @csspart hot - The "Hot technology" mark.
 * @csspart show-all - The "Show all" / "Show fewer" button.
 * @csspart note - The hot technology legend, or the note shown when O*NET lists none.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error, not-found or invalid-attribute message.
 * @csspart retry - The retry button.
 */
export class TechnologySkills extends LitElement {
  static override styles = [theme, stateStyles, listStyles, technologyStyles];

  /** O*NET-SOC code, such as `29-2072.00`. */
  @property() code = '';
  /** Base URL of the data endpoint. */
  @property() endpoint?: string;
  /** How many kinds of technology to show before "Show all"; 0 shows them all. */
  @property({ type: Number }) limit = 8;
  /** Level of the widget's heading, 1-6, to fit the host page's outline; 0 hides it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  private readonly more = new ShowAll(this);

  readonly data = new WidgetData(this, {
    args: () => [this.code] as const,
    detail: (o: Occupation) => ({ code: o.code, categories: o.technologySkills.length }),
    load: async ([code], { client, signal, lang }) => client.get('occupation', onetCode(code, lang), signal),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code')) this.more.reset();
  }

  protected override render() {
    return this.data.render((o) => this.renderTechnology(o, this.data.lang), 6);
  }

  private renderTechnology(o: Occupation, lang: Lang) {
    const t = technologyText(lang);
    const title = html`${heading(this.headingLevel, t.heading)}${this.data.englishNote()}`;
    const groups = o.technologySkills;
    if (!groups.length) return html`<div lang=${lang}>${title}<p class="note" part="note">${t.none}</p></div>`;
    const shown = this.more.visible(groups, this.limit);
    const anyHot = shown.some((g) => g.examples.some((e) => e.hot));
    return html`<div lang=${lang}>
      ${title}
      <ul class="categories" part="list" id="items" role="list">
        ${shown.map(
          (group) => html`<li part="category">
            <span class="category" part="category-name" lang="en">${group.category}</span>
            <ul class="examples" part="examples" role="list">
              ${group.examples.map(
                (e) => html`<li>
                  <span lang="en">${e.name}</span>${e.hot
                    ? html` <span class="hot" part="hot">${t.hot}</span>`
                    : nothing}
                </li>`,
              )}
            </ul>
          </li>`,
        )}
      </ul>
      ${this.more.button(groups.length, this.limit, { more: t.showAll(count(groups.length, lang)), less: t.showFewer }, 'items')}
      ${anyHot ? html`<p class="note muted" part="note">${t.hotNote}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'technology-skills': TechnologySkills;
  }
}
