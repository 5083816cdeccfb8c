import { html, nothing } from 'lit';
import { onetCode } from '../../data/codes.ts';
import type { IndexDocument, Occupation } from '../../data/schema.ts';
import { lookup, type Lang } from '../../i18n/index.ts';
import { DataController } from '../../runtime/data-controller.ts';
import { OccupationCodeElement } from '../../runtime/occupation-element.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading } from '../../templates/heading.ts';
import { ratingNumber, scoreBar, scoreStyles } from '../../templates/score-bar.ts';
import { listStyles, STEP } from '../../templates/show-all.ts';
import { interestsStyles } from './occupation-interests.styles.ts';
import { interests } from '../../i18n/en/interests.ts';

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
 * @fires occupation-error - Loading failed; detail `{ code, kind, status?, attribute?, message }`.
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
export class OccupationInterests extends OccupationCodeElement {
  static override styles = [theme, stateStyles, listStyles, scoreStyles, interestsStyles];

  private readonly data = new DataController(this, {
    messages: { interests },
    args: () => [this.code] as const,
    detail: (d: Loaded) => ({ code: d.occupation.code, interests: d.occupation.interests.length }),
    load: async ([code], { client, signal }): Promise<Loaded> => {
      const onet = onetCode(code);
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
    const t = this.data.t.interests;
    const title = html`${heading(this.headingLevel, t.heading)}${this.data.englishNote()}`;
    if (!occupation.interests.length) return html`${title}<p class="note" part="note">${t.none}</p>`;
    // The document lists them highest first; sorting again keeps that true for any source.
    // O*NET rates six interests: a document with thousands shows the highest STEP.
    const interests = [...occupation.interests].sort((a, b) => b.score - a.score).slice(0, STEP);
    return html`${title}
      <p class="intro" part="note">${t.intro}</p>
      <ul class="items" part="list">
        ${interests.map((interest) => {
          const description = lookup(index.descriptors, interest.id)?.description;
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
      <p class="note muted" part="note">${t.scale}</p>`;
  }
}
