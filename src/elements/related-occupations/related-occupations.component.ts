import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { onetCode } from '../../data/codes.ts';
import { invalidAttribute } from '../../data/errors.ts';
import type { LoadContext } from '../../data/loaders.ts';
import type { AreaFacts } from '../../career-list/area-facts.ts';
import type { careerFacts as CareerFacts } from '../../career-list/career-facts.ts';
import { factsStyles } from '../../career-list/facts.styles.ts';
import type { Occupation } from '../../data/schema.ts';
import { count } from '../../format/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { DataController } from '../../runtime/data-controller.ts';
import { LocatedOccupationElement } from '../../runtime/occupation-element.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading } from '../../templates/heading.ts';
import { listStyles, ShowAll } from '../../templates/show-all.ts';
import { relatedStyles } from './related-occupations.styles.ts';
import { education } from '../../i18n/en/education.ts';
import { facts } from '../../i18n/en/facts.ts';
import { profile } from '../../i18n/en/profile.ts';
import { related } from '../../i18n/en/related.ts';

/** The detail of `occupation-select`: the occupation the reader chose. */
export interface OccupationSelectDetail {
  code: string;
  title: string;
}

/** What `show` may ask for beside each occupation. */
const SHOWABLE = ['wage', 'outlook'] as const;
type Showable = (typeof SHOWABLE)[number];

interface Related {
  occupation: Occupation;
  /** The area's wages and the nation's outlook, and how to show them, when `show` asks for them. */
  facts: { figures: AreaFacts; render: typeof CareerFacts } | null;
  show: ReadonlySet<Showable>;
}

/**
 * Occupations O*NET relates to this one, in O*NET's order (most related first). With
 * `show="wage,outlook"` each shows its median wage in the `location` and its projected change
 * (one request for the area's wages and one for the national summary, whatever the list's
 * length). With
 * `href-template` each is a link (`/careers/{code}`); without it each is a button that fires
 * `occupation-select`, so the page (or `<occupation-profile>`) can show the chosen occupation.
 *
 * @summary Related occupations, as links or as buttons that fire `occupation-select`.
 * @fires occupation-select - The reader chose an occupation (buttons only); detail `{ code, title }`.
 *   Cancelable: `preventDefault()` tells an enclosing profile not to show it.
 * @fires occupation-load - The list rendered; detail `{ code, related }` (how many).
 * @fires occupation-error - Loading failed; detail `{ code, kind, status?, attribute?, message }`.
 * @csspart heading - The heading.
 * @csspart list - The list of occupations.
 * @csspart item - One occupation.
 * @csspart link - An occupation's link (with `href-template`).
 * @csspart select - An occupation's button (without `href-template`).
 * @csspart show-all - The "Show all" / "Show fewer" button.
 * @csspart facts - An occupation's wage and outlook (with `show`).
 * @csspart badge - "Bright Outlook" (with `show` including outlook).
 * @csspart note - The note shown when O*NET lists none.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error, not-found or invalid-attribute message.
 * @csspart retry - The retry button.
 */
export class RelatedOccupations extends LocatedOccupationElement {
  static override styles = [theme, stateStyles, listStyles, relatedStyles, factsStyles];

  /** Makes each occupation a link: `{code}` is replaced by its code, e.g. `/careers/{code}`. */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;
  /** How many occupations to show before "Show all"; 0 shows them all. */
  @property({ type: Number }) limit = 10;
  /** Figures beside each occupation: `wage` (median annual, in the location), `outlook`, or `wage,outlook`. */
  @property() show?: string;

  private readonly more = new ShowAll(this);

  private readonly data = new DataController(this, {
    messages: { related, education, facts, profile },
    args: () => [this.code, this.hrefTemplate, this.show] as const,
    detail: ({ occupation: o }: Related) => ({ code: o.code, related: o.related.length }),
    load: async ([code, template, showing], context): Promise<Related> => {
      const onet = onetCode(code);
      // A template without {code} would send every link to the same page: say so instead.
      if (template && !template.includes('{code}')) {
        throw invalidAttribute('href-template', template, `href-template "${template}" has no {code} placeholder`, (t) =>
          t.related.invalidTemplate(template),
        );
      }
      const show = parseShow(showing);
      const wanted = { wage: show.has('wage'), outlook: show.has('outlook') };
      const [occupation, facts] = await Promise.all([
        context.client.get('occupation', onet, context.signal),
        show.size ? loadFacts(wanted, context) : null,
      ]);
      return { occupation, facts, show };
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code')) this.more.reset();
  }

  protected override render() {
    return this.data.render((o) => this.renderRelated(o, this.data.lang), 6);
  }

  private renderRelated({ occupation: o, facts, show }: Related, lang: Lang) {
    const t = this.data.t.related;
    const title = html`${heading(this.headingLevel, t.heading)}${this.data.englishNote()}`;
    if (!o.related.length) return html`${title}<p class="note" part="note">${t.none}</p>`;
    const total = o.related.length;
    return html`${title}
      <ul class="items" part="list" id="items" role="list">
        ${this.more.visible(o.related, this.limit).map(
          (r) => html`<li part="item">
            <div class="entry">
              ${this.renderChoice(r.code, r.title)}
              ${facts
                ? facts.render(facts.figures, r.code, { wage: show.has('wage'), outlook: show.has('outlook'), education: false }, this.data.t, lang)
                : null}
            </div>
          </li>`,
        )}
      </ul>
      ${this.more.button(total, this.limit, { more: t.showAll(count(total, lang)), less: t.showFewer }, 'items')}`;
  }

  private renderChoice(code: string, title: string) {
    if (this.hrefTemplate) {
      const href = this.hrefTemplate.replaceAll('{code}', encodeURIComponent(code));
      return html`<a part="link" href=${href} lang="en">${title}</a>`;
    }
    return html`<button type="button" class="select" part="select" lang="en" @click=${() => this.select(code, title)}>
      ${title}
    </button>`;
  }

  private select(code: string, title: string): void {
    this.emit<OccupationSelectDetail>('occupation-select', { code, title }, { cancelable: true });
  }
}

/** The figures and their template, fetched only when `show` asks (the profile's related list does not). */
async function loadFacts(wanted: { wage: boolean; outlook: boolean }, context: LoadContext): Promise<Related['facts']> {
  const [{ areaFacts }, { careerFacts }] = await Promise.all([
    import('../../career-list/area-facts.ts'),
    import('../../career-list/career-facts.ts'),
  ]);
  return { figures: await areaFacts(wanted, context), render: careerFacts };
}

/** The `show` attribute as a set; anything but wage and outlook is an invalid attribute. */
function parseShow(value: string | undefined): Set<Showable> {
  const words = (value ?? '').split(/[\s,]+/).filter(Boolean);
  const bad = words.find((w) => !(SHOWABLE as readonly string[]).includes(w));
  if (bad !== undefined) {
    throw invalidAttribute('show', value ?? '', `show "${value}" may list only wage and outlook`, (t) => t.related.invalidShow(value ?? ''));
  }
  return new Set(words as Showable[]);
}

declare global {
  interface GlobalEventHandlersEventMap {
    'occupation-select': CustomEvent<OccupationSelectDetail>;
  }
}
