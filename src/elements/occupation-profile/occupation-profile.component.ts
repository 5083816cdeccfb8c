import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { widgetContext, type WidgetContext } from '../../context.ts';
import { invalidAttribute } from '../../data/errors.ts';
import { occupationInArea, wagesInArea } from '../../data/loaders.ts';
import type { Occupation } from '../../data/schema.ts';
import { DataController, type OccupationErrorDetail } from '../../runtime/data-controller.ts';
import { LocatedOccupationElement } from '../../runtime/occupation-element.ts';
import type { JsonLdController } from '../../structured-data/json-ld-controller.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { headingLevel } from '../../templates/heading.ts';
import { ShowAll } from '../../templates/show-all.ts';
import type { OccupationSelectDetail } from '../related-occupations/related-occupations.component.ts';
import { credits, renderCard, type CardData } from './profile-card.ts';
import type { ProfileDialog } from './profile-dialog.ts';
import { codeInUrl, historyParam } from './history-url.ts';
import type { Entry, ProfileHistory } from './profile-history.ts';
import type { Step } from './profile-trail.ts';
import { profileStyles } from './occupation-profile.styles.ts';
import { parseSections, type SectionId } from './sections.ts';
import type { NotRated } from './section-data.ts';
import { education } from '../../i18n/en/education.ts';
import { profile } from '../../i18n/en/profile.ts';
import { ratings } from '../../i18n/en/ratings.ts';

/** The full profile's rendering, sections and section logic: a module loaded with the first full profile. */
type FullProfile = typeof import('./full-profile.ts');

type Loaded =
  | { variant: 'full'; occupation: Occupation; sections: SectionId[]; notRated: NotRated; full: FullProfile }
  | ({ variant: 'card' } & CardData);

/**
 * The whole occupation profile, modelled on CareerOneStop's Occupation Profile page: title with
 * code and outlook, description, also-known-as titles, outlook and projected employment, wages
 * (the location beside the nation), education and experience, programs, typical education,
 * activities, knowledge, skills, abilities, interests, technology skills, related occupations
 * and the data sources' attribution; on a live endpoint (tools/proxy) also CareerOneStop's career
 * video, certifications, and the state's licenses and apprenticeship offices. Each section is shown only when the data has it, and is
 * its own element, usable alone; the page hears the profile's events only, not its sections'.
 * `variant="card"` is the compact summary for a program page.
 *
 * @summary The whole occupation profile, or a compact card.
 * @fires occupation-load - The profile rendered; detail `{ code, title, variant, sections }`.
 * @fires occupation-error - The profile, or one of its sections, failed to load; detail
 *   `{ code, kind, status?, attribute?, message, section? }`.
 * @fires occupation-select - The reader chose another occupation (a related one, or the card's
 *   "view full profile" button); detail `{ code, title }`. Cancelable: unless the page calls
 *   `preventDefault()`, the profile then shows it, with a "Back to ..." button to the one left
 *   (and, with `history`, a new entry in the page's history); a card opens it in a dialog.
 * @csspart profile - The full profile's article.
 * @csspart header - Title, code and outlook.
 * @csspart title - The occupation's title heading.
 * @csspart badge - The Bright Outlook badge.
 * @csspart section - Each section.
 * @csspart footer - The attribution footer.
 * @csspart card - The card variant's article.
 * @csspart facts - The card's wage, outlook and education list.
 * @csspart more - The card's "view full profile" link or button.
 * @csspart trail - The navigation holding the way back, after the reader moved to a related occupation.
 * @csspart back - The "Back to ..." button.
 * @csspart dialog - The card's dialog showing the full profile.
 * @csspart close - The dialog's close button.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error, not-found or invalid-attribute message.
 * @csspart retry - The retry button.
 */
export class OccupationProfile extends LocatedOccupationElement {
  static override styles = [theme, stateStyles, profileStyles];

  /** `full` (default) or `card`, a compact summary. */
  @property({ reflect: true }) variant: 'full' | 'card' = 'full';
  /** Comma-separated section ids choosing and ordering the sections (all, in page order, by default). */
  @property() sections?: string;
  /** Card: link to the full profile, `{code}` replaced by the code (e.g. `/careers/{code}`). */
  @property({ attribute: 'profile-href' }) profileHref?: string;
  /** Related occupations: link template with `{code}`; without it, choosing one shows it here. */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;
  /** Programs: link template with `{cip}`, such as a college catalogue search. */
  @property({ attribute: 'program-href' }) programHref?: string;
  /** Adds a schema.org `Occupation` JSON-LD block for search engines to the page, right after the element. */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;
  /**
   * Records each occupation the reader moves to in the page's history, under this query
   * parameter (`history` alone: `occupation`), so Back and Forward move between occupations and a
   * reloaded or shared URL (`?occupation=31-9092.00`) opens the same one. Unset, the profile
   * never touches the page's URL.
   */
  @property() history?: string;

  /** The occupations the reader moved here from, the latest last. */
  @state() private trail: Step[] = [];
  /** Set while the profile itself changes `code`, so that a change by the page clears the trail. */
  private moving = false;
  /** The occupation the page set: what a history entry the profile did not add shows. */
  private pageCode = '';
  /** With `history`: the steps in the page's history (loaded only on pages that set it). */
  private steps: Promise<ProfileHistory> | undefined;
  /** Loaded with the first dialog a card opens: a page that never opens one does not download it. */
  private dialog: ProfileDialog | undefined;

  /** Loaded when `structured-data` is first set: most pages never ask for it. */
  private jsonLd: Promise<JsonLdController> | undefined;
  private readonly provider = new ContextProvider(this, { context: widgetContext, initialValue: {} });

  /** The "Show all" of the alternate titles (a document may list thousands). */
  private readonly titles = new ShowAll(this);

  private readonly data = new DataController(this, {
    messages: { profile, education, ratings },
    args: () => [this.code, this.variant, this.sections] as const,
    detail: (d: Loaded) => ({
      code: d.occupation.code,
      title: d.occupation.title,
      variant: d.variant,
      sections: d.variant === 'full' ? d.sections : [],
    }),
    load: async ([code, variant, sections], context): Promise<Loaded> => {
      // A mistyped variant would put the whole profile where a page laid out room for a card.
      if (variant !== 'full' && variant !== 'card' && variant) {
        throw invalidAttribute('variant', variant, `variant "${variant}" is not full or card`, (t) =>
          t.common.invalidAttribute('variant', variant),
        );
      }
      const ids = parseSections(sections);
      if (variant !== 'card') {
        // The sections' rendering and elements come with the first full profile, while its documents load.
        const [{ occupation, ...place }, full] = await Promise.all([occupationInArea(code, context), import('./full-profile.ts')]);
        // Asked for already (occupationInArea): says whether the endpoint is a live source.
        const index = await context.client.get('index', undefined, context.signal);
        const live = index.live ? await (await import('./live-sections.ts')).liveSections(ids, place, index) : undefined;
        const shown = full.sectionsWithData(ids, occupation, live);
        return { variant: 'full', full, occupation, sections: shown, notRated: full.notRated(ids, occupation, shown) };
      }
      const found = await wagesInArea(code, context);
      const soc = found.occupation.projections?.soc;
      const projections = soc ? await context.client.get('projections', soc, context.signal) : null;
      return { variant: 'card', ...found, projections };
    },
  });

  // The sections are the profile's own business: their events stop here, and the page hears one
  // `occupation-load` from the profile, and the sections' errors and selections as the profile's.
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    root.addEventListener('occupation-load', (e) => e.stopPropagation());
    root.addEventListener('occupation-error', (e) => this.sectionFailed(e as CustomEvent<OccupationErrorDetail>));
    root.addEventListener('occupation-select', (e) => this.sectionSelected(e as CustomEvent<OccupationSelectDetail>));
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const param = historyParam(this.history);
    if (!param) return;
    this.pageCode ||= this.code;
    // A reloaded or shared URL names the occupation to show: read before the first load.
    const code = codeInUrl(param);
    if (code) this.show({ code, trail: [] }, false, false);
    // A reloaded entry the profile added keeps its way back.
    void this.history$().then((steps) => {
      const entry = steps.fromUrl();
      if (entry?.code === this.code && entry.trail.length) this.trail = entry.trail;
    });
  }

  private history$(): Promise<ProfileHistory> {
    this.steps ??= import('./profile-history.ts').then(
      (m) => new m.ProfileHistory(this, (entry) => this.show(entry ?? { code: this.pageCode, trail: [] }, false)),
    );
    return this.steps;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The page set another occupation: the way back no longer leads anywhere it chose.
    if (changed.has('code') && !this.moving && changed.get('code') !== undefined) {
      this.trail = [];
      this.pageCode = this.code;
    }
    this.moving = false;
    if (changed.has('code')) this.titles.reset();
    // The sections inside find the profile's resolved client, location and language here.
    const value: WidgetContext = {
      client: this.data.sharedClient,
      location: this.data.location,
      lang: this.data.lang,
      englishNoted: true,
    };
    const old = this.provider.value;
    if (old.client !== value.client || old.location !== value.location || old.lang !== value.lang) {
      this.provider.setValue(value);
    }
    if (this.structuredData || this.jsonLd) {
      const target = this.structuredData ? { code: this.code, client: this.data.client, location: this.data.location } : null;
      this.jsonLd ??= import('../../structured-data/json-ld-controller.ts').then((m) => new m.JsonLdController(this));
      void this.jsonLd.then((controller) => controller.set(target));
    }
  }

  protected override render() {
    return this.data.render((d) => (d.variant === 'card' ? this.renderCardView(d) : this.renderFull(d)), 10);
  }

  private renderFull(d: Extract<Loaded, { variant: 'full' }>) {
    return d.full.renderProfile(d, {
      // heading-level=0: the host page titles the profile, and the profile adds no headings at all.
      level: this.headingLevel === 0 ? 0 : headingLevel(this.headingLevel),
      t: this.data.t,
      lang: this.data.lang,
      theme: this.theme,
      hrefTemplate: this.hrefTemplate,
      programHref: this.programHref,
      more: this.titles,
      trail: this.trail,
      onBack: () => void this.back(),
    });
  }

  private renderCardView(d: CardData) {
    const href = this.profileHref?.replaceAll('{code}', encodeURIComponent(d.occupation.code));
    // One short "Sources" line that opens the full attribution, inside the card.
    const sources = html`<occupation-attribution compact theme=${this.theme ?? nothing}
      sources=${credits(d.occupation)} .releases=${d.occupation.sources}></occupation-attribution>`;
    return html`${renderCard(d, this.data.t, this.data.lang, this.headingLevel === 0 ? 0 : headingLevel(this.headingLevel), {
        href,
        onOpen: () => this.select({ code: d.occupation.code, title: d.occupation.title }),
      }, sources)}
      ${this.dialog?.render(this.data.t.profile) ?? nothing}`;
  }

  /** A section could not load: the page hears it from the profile, naming the section. */
  private sectionFailed(e: CustomEvent<OccupationErrorDetail>): void {
    // The dialog's profile reports its own errors, as the card's.
    if (e.target === this || this.dialog?.holds(e.target)) return;
    e.stopPropagation();
    const section = (e.target as Element).closest('[data-section]')?.getAttribute('data-section') ?? (e.target as Element).localName;
    this.emit('occupation-error', { ...e.detail, section });
  }

  /** A related occupation was chosen inside: asked of the page as the profile's own selection. */
  private sectionSelected(e: CustomEvent<OccupationSelectDetail>): void {
    if (this.dialog?.holds(e.target)) return;
    e.stopPropagation();
    if (e.defaultPrevented) return;
    e.preventDefault();
    this.select(e.detail);
  }

  /**
   * Tells the page; unless it prevents it, a card opens the chosen occupation in a dialog, and the
   * full profile shows it here, remembering the way back, and moves focus to it.
   */
  private select(detail: OccupationSelectDetail): void {
    if (this.emit('occupation-select', detail, { cancelable: true }).defaultPrevented) return;
    if (this.variant === 'card') {
      void this.openDialog(detail);
      return;
    }
    const shown = this.data.value;
    const here = shown ? { code: shown.occupation.code, title: shown.occupation.title } : undefined;
    this.show({ code: detail.code, trail: here ? [...this.trail, here] : this.trail }, true);
  }

  private async openDialog(detail: OccupationSelectDetail): Promise<void> {
    const opener = this.renderRoot.querySelector<HTMLElement>('[part=more]');
    this.dialog ??= new (await import('./profile-dialog.ts')).ProfileDialog(this);
    await this.dialog.open(detail, opener);
  }

  /** The way back: through the browser's history when the profile recorded the step there. */
  private async back(): Promise<void> {
    if (this.steps && (await this.steps).recorded) return window.history.back();
    const previous = this.trail.at(-1);
    if (previous) this.show({ code: previous.code, trail: this.trail.slice(0, -1) }, false);
  }

  /** Shows an occupation with its way back; `record` adds a history entry (with `history`). */
  private show(entry: Entry, record: boolean, focus = true): void {
    this.trail = entry.trail;
    if (record && historyParam(this.history)) void this.history$().then((steps) => steps.push(entry));
    if (entry.code === this.code) return;
    this.moving = true;
    this.code = entry.code;
    if (focus) void this.focusTitle(entry.code);
  }

  /** After the chosen occupation has loaded and rendered. */
  private async focusTitle(code: string): Promise<void> {
    await new Promise<void>((resolve) => {
      const done = () => (this.removeEventListener('occupation-load', done), resolve());
      this.addEventListener('occupation-load', done);
    });
    if (this.code !== code) return;
    const title = this.renderRoot.querySelector<HTMLElement>('#title');
    title?.setAttribute('tabindex', '-1');
    title?.focus();
  }
}
