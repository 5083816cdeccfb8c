import { ContextProvider } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { widgetContext, type WidgetContext } from '../../context.ts';
import { WidgetData } from '../../controllers/widget-data.ts';
import { occupationInArea } from '../../controllers/occupation-in-area.ts';
import type { Occupation } from '../../data/schema.ts';
import { common } from '../../i18n/common.ts';
import { profileText } from '../../i18n/profile.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading, headingLevel } from '../shared/heading.ts';
import { renderCard, type CardData } from './profile-card.ts';
import { profileStyles } from './occupation-profile.styles.ts';
import { parseSections, renderSection, sectionsWithData, type SectionId } from './sections.ts';

type Loaded =
  | { variant: 'full'; occupation: Occupation; sections: SectionId[] }
  | ({ variant: 'card' } & CardData);

/**
 * The whole occupation profile, modelled on CareerOneStop's Occupation Profile page: title with
 * code and outlook, description, also-known-as titles, outlook and projected employment, wages
 * (the location beside the nation), education and experience, programs, typical education,
 * activities, knowledge, skills, abilities, interests, technology skills, related occupations
 * and the data sources' attribution. Each section is shown only when the data has it, and is
 * its own element, usable alone. `variant="card"` is the compact summary for a program page.
 *
 * @summary The whole occupation profile, or a compact card.
 * @fires occupation-load - The profile rendered; detail `{ code, title, variant, sections }`.
 * @fires occupation-error - Loading failed; detail `{ code, kind, status?, message }`.
 * @fires occupation-select - The reader chose another occupation (a related one, or the card's
 *   "view full profile" button); detail `{ code, title }`. The profile then shows it.
 * @csspart profile - The full profile's article.
 * @csspart header - Title, code and outlook.
 * @csspart title - The occupation's title heading.
 * @csspart badge - The Bright Outlook badge.
 * @csspart section - Each section.
 * @csspart footer - The attribution footer.
 * @csspart card - The card variant's article.
 * @csspart facts - The card's wage, outlook and education list.
 * @csspart more - The card's "view full profile" link or button.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error, not-found or invalid-attribute message.
 * @csspart retry - The retry button.
 */
export class OccupationProfile extends LitElement {
  static override styles = [theme, stateStyles, profileStyles];

  /** O*NET-SOC code, such as `29-2072.00`. */
  @property() code = '';
  /** `US` or a state code (`CA`): wages show the state beside the nation. */
  @property() location?: string;
  /** Base URL of the data endpoint. */
  @property() endpoint?: string;
  /** `full` (default) or `card`, a compact summary. */
  @property({ reflect: true }) variant: 'full' | 'card' = 'full';
  /** Comma-separated section ids choosing and ordering the sections (all, in page order, by default). */
  @property() sections?: string;
  /** Level of the profile's title heading (sections are one below), to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** `light` or `dark` forces a theme; unset, the reader's preference decides. */
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /** Card: link to the full profile, `{code}` replaced by the code (e.g. `/careers/{code}`). */
  @property({ attribute: 'profile-href' }) profileHref?: string;
  /** Related occupations: link template with `{code}`; without it, choosing one shows it here. */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;
  /** Programs: link template with `{cip}`, such as a college catalogue search. */
  @property({ attribute: 'program-href' }) programHref?: string;

  private readonly provider = new ContextProvider(this, { context: widgetContext, initialValue: {} });
  private shared = '';

  readonly data = new WidgetData(this, {
    args: () => [this.code, this.variant, this.sections] as const,
    detail: (d: Loaded) => ({
      code: d.occupation.code,
      title: d.occupation.title,
      variant: d.variant,
      sections: d.variant === 'full' ? d.sections : [],
    }),
    load: async ([code, variant, sections], context): Promise<Loaded> => {
      const ids = parseSections(sections, context.lang);
      const found = await occupationInArea(code, context);
      const { occupation } = found;
      if (variant !== 'card') {
        return { variant: 'full', occupation, sections: sectionsWithData(ids, occupation) };
      }
      const { client, signal } = context;
      const [wages, projections] = await Promise.all([
        occupation.wages ? client.get('wages', occupation.wages.soc, signal) : null,
        occupation.projections ? client.get('projections', occupation.projections.soc, signal) : null,
      ]);
      return { variant: 'card', ...found, wages, projections };
    },
  });

  constructor() {
    super();
    this.addEventListener('occupation-select', (e) => this.showSelected(e as CustomEvent<{ code: string; title: string }>));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The sections inside find the profile's resolved endpoint, location and language here.
    const value: WidgetContext = {
      endpoint: this.data.endpoint,
      location: this.data.location,
      lang: this.data.lang,
      englishNoted: true,
    };
    const key = JSON.stringify(value);
    if (key !== this.shared) {
      this.shared = key;
      this.provider.setValue(value);
    }
  }

  protected override render() {
    return this.data.render((d) => (d.variant === 'card' ? this.renderCardView(d) : this.renderFull(d)), 10);
  }

  private renderFull(d: Extract<Loaded, { variant: 'full' }>) {
    const lang = this.data.lang;
    const t = profileText(lang);
    const o = d.occupation;
    const level = headingLevel(this.headingLevel);
    const context = {
      level: Math.min(level + 1, 6),
      lang,
      theme: this.theme,
      hrefTemplate: this.hrefTemplate,
      programHref: this.programHref,
    };
    return html`<article part="profile" lang=${lang} aria-labelledby="title">
      <header part="header">
        ${heading(level, html`<span lang="en">${o.title}</span>`, 'title', 'title')}
        <p class="muted">${t.code} ${o.code}</p>
        ${o.brightOutlook.length
          ? html`<p><span class="badge" part="badge">${t.brightOutlook}</span>
              ${o.brightOutlook.map((c) => t.brightCategory[c] ?? c).join(', ')}</p>`
          : nothing}
        ${lang === 'es' ? html`<p class="note muted">${common(lang).englishOnly}</p>` : nothing}
      </header>
      ${d.sections.map(
        (id) => html`<section part="section" data-section=${id}>${renderSection(id, o, context)}</section>`,
      )}
      <footer part="footer">
        <occupation-attribution heading-level=${context.level} theme=${this.theme ?? nothing}
          sources=${credits(o)}></occupation-attribution>
      </footer>
    </article>`;
  }

  private renderCardView(d: CardData) {
    const lang = this.data.lang;
    const href = this.profileHref?.replaceAll('{code}', encodeURIComponent(d.occupation.code));
    return html`<div lang=${lang}>
      ${renderCard(d, lang, headingLevel(this.headingLevel), {
        href,
        onOpen: () => this.select(d.occupation.code, d.occupation.title),
      })}
      <occupation-attribution compact theme=${this.theme ?? nothing}
        sources=${credits(d.occupation)}></occupation-attribution>
    </div>`;
  }

  /** The card's button: tells the page, and opens the full profile in place. */
  private select(code: string, title: string): void {
    this.dispatchEvent(
      new CustomEvent('occupation-select', { detail: { code, title }, bubbles: true, composed: true }),
    );
  }

  /** A related occupation (or the card's button) was chosen: show it here and move focus to it. */
  private showSelected(e: CustomEvent<{ code: string; title: string }>): void {
    if (e.defaultPrevented) return;
    this.variant = 'full';
    this.code = e.detail.code;
    void this.focusTitle();
  }

  /** After the new occupation has loaded and rendered (the task starts with the next update). */
  private async focusTitle(): Promise<void> {
    await this.updateComplete;
    await this.data.task.taskComplete;
    await this.updateComplete;
    const title = this.renderRoot.querySelector<HTMLElement>('#title');
    title?.setAttribute('tabindex', '-1');
    title?.focus();
  }
}

/** The releases this occupation's document was built from: the ones its attribution must credit. */
const credits = (o: Occupation): string => o.sources.map((s) => s.id).join(',');

declare global {
  interface HTMLElementTagNameMap {
    'occupation-profile': OccupationProfile;
  }
}
