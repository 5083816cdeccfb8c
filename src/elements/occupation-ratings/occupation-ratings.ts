import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { WidgetData } from '../../controllers/widget-data.ts';
import { onetCode } from '../../data/codes.ts';
import { DataError } from '../../data/errors.ts';
import type { IndexDocument, Occupation, RatedSection } from '../../data/schema.ts';
import { count } from '../../format/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { ratingsText, type RatingKind } from '../../i18n/ratings.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading } from '../shared/heading.ts';
import { listStyles, ShowAll } from '../shared/show-all.ts';
import { ratingsStyles } from './occupation-ratings.styles.ts';
import { ratingNumber, scoreBar, scoreStyles } from '../shared/score.ts';

/** Where each kind's ratings are in the occupation document. */
const SECTION = {
  knowledge: 'knowledge',
  skills: 'skills',
  abilities: 'abilities',
  'work-activities': 'workActivities',
} as const satisfies Record<RatingKind, keyof Occupation>;

const isKind = (value: string): value is RatingKind => Object.hasOwn(SECTION, value);

interface Loaded {
  occupation: Occupation;
  kind: RatingKind;
  section: RatedSection | null;
  index: IndexDocument;
}

/**
 * What people in an occupation know, can do or are good at: O*NET's knowledge, skills, abilities
 * or work activities, most important first, each with its description and its importance drawn
 * as a bar and said in words. Ratings from an older O*NET release than the rest are named.
 *
 * @summary An occupation's knowledge, skills, abilities or work activities, ranked.
 * @fires occupation-load - The ratings rendered; detail `{ code, kind, items }` (how many).
 * @fires occupation-error - Loading failed; detail `{ code, kind, status?, message }` (`kind` is the error's).
 * @csspart heading - The heading.
 * @csspart list - The list of ratings.
 * @csspart item - One rated descriptor.
 * @csspart name - A descriptor's name.
 * @csspart description - A descriptor's description.
 * @csspart score - The bar and its text.
 * @csspart bar - The importance bar.
 * @csspart show-all - The "Show all" / "Show fewer" button.
 * @csspart note - The scale, release and "not rated yet" notes.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error, not-found or invalid-attribute message.
 * @csspart retry - The retry button.
 * @cssprop --ow-color-bar - Fill of the importance bars (default: the accent colour).
 */
export class OccupationRatings extends LitElement {
  static override styles = [theme, stateStyles, listStyles, scoreStyles, ratingsStyles];

  /** O*NET-SOC code, such as `29-2072.00`. */
  @property() code = '';
  /** `knowledge`, `skills`, `abilities` or `work-activities`. */
  @property() kind = '';
  /** Base URL of the data endpoint. */
  @property() endpoint?: string;
  /** How many to show before "Show all"; 0 shows them all. */
  @property({ type: Number }) limit = 8;
  /** Level of the widget's heading, 1-6, to fit the host page's outline; 0 hides it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  private readonly more = new ShowAll(this);

  readonly data = new WidgetData(this, {
    args: () => [this.code, this.kind] as const,
    detail: (d: Loaded) => ({ code: d.occupation.code, kind: d.kind, items: d.section?.items.length ?? 0 }),
    load: async ([code, kindValue], { client, signal, lang }): Promise<Loaded> => {
      const onet = onetCode(code, lang);
      const kind = ratingKind(kindValue, lang);
      const [occupation, index] = await Promise.all([
        client.get('occupation', onet, signal),
        client.get('index', undefined, signal),
      ]);
      return { occupation, kind, index, section: occupation[SECTION[kind]] };
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') || changed.has('kind')) this.more.reset();
  }

  protected override render() {
    return this.data.render((d) => this.renderRatings(d, this.data.lang), 6);
  }

  private renderRatings({ occupation, kind, section, index }: Loaded, lang: Lang) {
    const t = ratingsText(lang);
    const title = html`${heading(this.headingLevel, t.heading[kind])}${this.data.englishNote()}`;
    if (!section?.items.length) {
      return html`<div lang=${lang}>${title}<p class="note" part="note">${t.notRated(t.what[kind])}</p></div>`;
    }
    const total = section.items.length;
    const release = releaseNote(occupation, section, lang);
    return html`<div lang=${lang}>
      ${title}
      <ul class="items" part="list" id="items">
        ${this.more.visible(section.items, this.limit).map((item) => {
          const description = index.descriptors[item.id]?.description;
          return html`<li part="item">
            <span lang="en"
              ><span class="name" part="name">${item.name}</span>${description
                ? html` – <span part="description">${description}</span>`
                : nothing}</span
            >
            ${scoreBar(item.importance, 5, t.importance(ratingNumber(item.importance, lang)))}
          </li>`;
        })}
      </ul>
      ${this.more.button(
        total,
        this.limit,
        { more: t.showAll[kind](count(total, lang)), less: t.showFewer[kind] },
        'items',
      )}
      <p class="note muted" part="note">${t.scale}</p>
      ${release ? html`<p class="note muted" part="note">${release}</p>` : nothing}
    </div>`;
  }
}

/** The `kind` attribute, or the invalid-attribute error the element shows. */
function ratingKind(value: string | null | undefined, lang: Lang): RatingKind {
  const kind = value?.trim().toLowerCase() ?? '';
  const t = ratingsText(lang);
  if (!kind) throw new DataError('invalid-attribute', t.missingKind, { attribute: 'kind' });
  if (!isKind(kind)) throw new DataError('invalid-attribute', t.invalidKind(value!), { attribute: 'kind' });
  return kind;
}

/** Names the ratings' release when it is not the O*NET release the rest of the document is from. */
function releaseNote(o: Occupation, section: RatedSection, lang: Lang): string {
  const main = o.sources.find((s) => s.id === 'onet');
  if (!main || section.source === main.name) return '';
  const t = ratingsText(lang);
  const release = o.sources.find((s) => s.name === section.source);
  const older = release && Number.parseFloat(release.version) < Number.parseFloat(main.version);
  const name = release ? `O*NET ${release.version}` : section.source;
  return (older ? t.olderRelease : t.otherRelease)(name, main.version);
}

declare global {
  interface HTMLElementTagNameMap {
    'occupation-ratings': OccupationRatings;
  }
}
