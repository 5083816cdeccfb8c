import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { onetCode } from '../../data/codes.ts';
import { invalidAttribute } from '../../data/errors.ts';
import type { IndexDocument, Occupation, RatedSection } from '../../data/schema.ts';
import { count } from '../../format/index.ts';
import type { RatingKind } from '../../i18n/en.ts';
import { lookup, type Lang, type Messages } from '../../i18n/index.ts';
import { DataController } from '../../runtime/data-controller.ts';
import { OccupationCodeElement } from '../../runtime/occupation-element.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading } from '../../templates/heading.ts';
import { ratingNumber, scoreBar, scoreStyles } from '../../templates/score-bar.ts';
import { listStyles, ShowAll } from '../../templates/show-all.ts';
import { ratingsStyles } from './occupation-ratings.styles.ts';
import { ratings } from '../../i18n/en/ratings.ts';

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
 * @fires occupation-error - Loading failed; detail `{ code, kind, status?, attribute?, message }` (`kind` is the error's).
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
export class OccupationRatings extends OccupationCodeElement {
  static override styles = [theme, stateStyles, listStyles, scoreStyles, ratingsStyles];

  /** `knowledge`, `skills`, `abilities` or `work-activities`. */
  @property() kind = '';
  /** How many to show before "Show all"; 0 shows them all. */
  @property({ type: Number }) limit = 8;

  private readonly more = new ShowAll(this);

  private readonly data = new DataController(this, {
    messages: { ratings },
    args: () => [this.code, this.kind] as const,
    detail: (d: Loaded) => ({ code: d.occupation.code, kind: d.kind, items: d.section?.items.length ?? 0 }),
    load: async ([code, kindValue], { client, signal }): Promise<Loaded> => {
      const onet = onetCode(code);
      const kind = ratingKind(kindValue);
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
    const t = this.data.t.ratings;
    const title = html`${heading(this.headingLevel, t.heading[kind])}${this.data.englishNote()}`;
    if (!section?.items.length) return html`${title}<p class="note" part="note">${t.notRated(t.what[kind])}</p>`;
    const total = section.items.length;
    const release = releaseNote(occupation, section, t);
    // O*NET's "Recommend Suppress": shown, as O*NET OnLine shows them, but marked.
    const low = new Set(section.lowPrecision.filter((l) => l.scale === 'importance').map((l) => l.id));
    const shown = this.more.visible(section.items, this.limit);
    return html`${title}
      <ul class="items" part="list" id="items">
        ${shown.map((item) => {
          const description = lookup(index.descriptors, item.id)?.description;
          return html`<li part="item">
            <span lang="en"
              ><span class="name" part="name">${item.name}</span>${description
                ? html` – <span part="description">${description}</span>`
                : nothing}</span
            >
            ${scoreBar(
              item.importance,
              5,
              `${t.importance(ratingNumber(item.importance, lang))}${low.has(item.id) ? ` ${t.lowPrecision}` : ''}`,
            )}
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
      ${shown.some((item) => low.has(item.id)) ? html`<p class="note muted" part="note">${t.lowPrecisionNote}</p>` : nothing}
      ${release ? html`<p class="note muted" part="note">${release}</p>` : nothing}`;
  }
}

/** The `kind` attribute, or the invalid-attribute error the element shows. */
function ratingKind(value: string | null | undefined): RatingKind {
  const kind = value?.trim().toLowerCase() ?? '';
  if (!kind) {
    throw invalidAttribute(
      'kind',
      value ?? '',
      'the kind attribute is missing: set knowledge, skills, abilities or work-activities',
      (t) => t.ratings.missingKind,
    );
  }
  if (!isKind(kind)) {
    const given = value ?? '';
    throw invalidAttribute(
      'kind',
      given,
      `kind "${given}" is not knowledge, skills, abilities or work-activities`,
      (t) => t.ratings.invalidKind(given),
    );
  }
  return kind;
}

/** Names the ratings' release when it is not the O*NET release the rest of the document is from. */
function releaseNote(o: Occupation, section: RatedSection, t: Messages['ratings']): string {
  const main = o.sources.find((s) => s.id === 'onet');
  if (!main || section.source === main.name) return '';
  const release = o.sources.find((s) => s.name === section.source);
  const older = release && Number.parseFloat(release.version) < Number.parseFloat(main.version);
  const name = release ? `O*NET ${release.version}` : section.source;
  return (older ? t.olderRelease : t.otherRelease)(name, main.version);
}
