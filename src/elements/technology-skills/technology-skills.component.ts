import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { onetCode } from '../../data/codes.ts';
import type { Occupation } from '../../data/schema.ts';
import { count } from '../../format/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { DataController } from '../../runtime/data-controller.ts';
import { OccupationCodeElement } from '../../runtime/occupation-element.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading } from '../../templates/heading.ts';
import { listStyles, ShowAll, STEP } from '../../templates/show-all.ts';
import { technologyStyles } from './technology-skills.styles.ts';
import { technology } from '../../i18n/en/technology.ts';

/**
 * The software people in an occupation use, from O*NET's Technology Skills, grouped by kind
 * (O*NET's commodity categories, in its order). Hot technologies, those employers often name
 * in job postings, are marked in words. The first `limit` kinds are shown, with "Show all".
 *
 * @summary An occupation's technology skills by kind, hot technologies marked.
 * @fires occupation-load - The technology rendered; detail `{ code, categories }` (how many).
 * @fires occupation-error - Loading failed; detail `{ code, kind, status?, attribute?, message }`.
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
export class TechnologySkills extends OccupationCodeElement {
  static override styles = [theme, stateStyles, listStyles, technologyStyles];

  /** How many kinds of technology to show before "Show all"; 0 shows them all. */
  @property({ type: Number }) limit = 8;

  private readonly more = new ShowAll(this);

  private readonly data = new DataController(this, {
    messages: { technology },
    args: () => [this.code] as const,
    detail: (o: Occupation) => ({ code: o.code, categories: o.technologySkills.length }),
    load: ([code], { client, signal }) => client.get('occupation', onetCode(code), signal),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code')) this.more.reset();
  }

  protected override render() {
    return this.data.render((o) => this.renderTechnology(o, this.data.lang), 6);
  }

  private renderTechnology(o: Occupation, lang: Lang) {
    const t = this.data.t.technology;
    const title = html`${heading(this.headingLevel, t.heading)}${this.data.englishNote()}`;
    const groups = o.technologySkills;
    if (!groups.length) return html`${title}<p class="note" part="note">${t.none}</p>`;
    const shown = this.more.visible(groups, this.limit);
    const anyHot = shown.some((g) => g.examples.some((e) => e.hot));
    return html`${title}
      <ul class="categories" part="list" id="items" role="list">
        ${shown.map(
          (group) => html`<li part="category">
            <span class="category" part="category-name" lang="en">${group.category}</span>
            <ul class="examples" part="examples" role="list">
              ${group.examples.slice(0, STEP).map(
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
      ${anyHot ? html`<p class="note muted" part="note">${t.hotNote}</p>` : nothing}`;
  }
}
