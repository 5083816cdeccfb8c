import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { WidgetData } from '../../controllers/widget-data.ts';
import { onetCode } from '../../data/codes.ts';
import type { IndexDocument, Occupation } from '../../data/schema.ts';
import type { Lang } from '../../i18n/index.ts';
import { interestsText } from '../../i18n/interests.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading } from '../shared/heading.ts';
import { listStyles } from '../shared/show-all.ts';
import { ratingNumber, scoreBar, scoreStyles } from '../shared/score.ts';
import { interestsStyles } from './occupation-interests.styles.ts';

interface Loaded {
  occupation: Occupation;
  index: IndexDocument;
}

/**
 * The kind of work an occupation is, in O*NET's six RIASEC interests (Realistic, Investigative,
 * Artistic, Social, Enterprising, Conventional), best fit first, each with its description and
 * its score (1 to 7) drawn as a bar and said in words.
 *
 * @summary An occupation's RIASEC interests, best fit first.
 * @fires occupation-load - The interests rendered; detail `{ code, interests }` (how many).
 * @fires occupation-error - Loading failed; detail `{ code, kind, status?, message }`.
 * @csspart heading - The heading.
 * @csspart list - The list of interests.
 * @csspart item - One interest.
 * @csspart name - An interest's name.
 * @csspart description - An interest's description.
 * @csspart score - The bar and its text.
 * @csspart bar - The score bar.
 * @csspart note - The introduction, scale and "not rated yet" notes.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error, not-found or invalid-attribute message.
 * @csspart retry - The retry button.
 * @cssprop --ow-color-bar - Fill of the score bars (default: the accent colour).
 */
export class OccupationInterests extends LitElement {
  static override styles = [theme, stateStyles, listStyles, scoreStyles, interestsStyles];

  /** O*NET-SOC code, such as `29-2072.00`. */
  @property() code = '';
  /** Base URL of the data endpoint. */
  @property() endpoint?: string;
  /** Level of the widget's heading, 1-6, to fit the host page's outline; 0 hides it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  readonly data = new WidgetData(this, {
    args: () => [this.code] as const,
    detail: (d: Loaded) => ({ code: d.occupation.code, interests: d.occupation.interests.length }),
    load: async ([code], { client, signal, lang }): Promise<Loaded> => {
      const onet = onetCode(code, lang);
      const [occupation, index] = await Promise.all([
        client.get('occupation', onet, signal),
        client.get('index', undefined, signal),
      ]);
      return { occupation, index };
    },
  });

  protected override render() {
    return this.data.render((d) => this.renderInterests(d, this.data.lang), 6);
  }

  private renderInterests({ occupation, index }: Loaded, lang: Lang) {
    const t = interestsText(lang);
    const title = html`${heading(this.headingLevel, t.heading)}${this.data.englishNote()}`;
    if (!occupation.interests.length) {
      return html`<div lang=${lang}>${title}<p class="note" part="note">${t.none}</p></div>`;
    }
    // The document lists them highest first; sorting again keeps that true for any source.
    const interests = [...occupation.interests].sort((a, b) => b.score - a.score);
    return html`<div lang=${lang}>
      ${title}
      <p class="intro" part="note">${t.intro}</p>
      <ul class="items" part="list">
        ${interests.map((interest) => {
          const description = index.descriptors[interest.id]?.description;
          return html`<li part="item">
            <span lang="en"
              ><span class="name" part="name">${interest.name}</span>${description
                ? html` – <span part="description">${description}</span>`
                : nothing}</span
            >
            ${scoreBar(interest.score, 7, t.score(ratingNumber(interest.score, lang)))}
          </li>`;
        })}
      </ul>
      <p class="note muted" part="note">${t.scale}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'occupation-interests': OccupationInterests;
  }
}
