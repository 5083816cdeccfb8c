import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { DataError, invalidAttribute } from '../../data/errors.ts';
import { areaFacts, type AreaFacts } from '../../career-list/area-facts.ts';
import type { LoadContext } from '../../data/loaders.ts';
import type { ProgramDocument } from '../../data/schema.ts';
import type { Lang } from '../../i18n/index.ts';
import { DataController } from '../../runtime/data-controller.ts';
import { OccupationElement } from '../../runtime/occupation-element.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { careerFacts } from '../../career-list/career-facts.ts';
import { factsStyles } from '../../career-list/facts.styles.ts';
import { heading } from '../../templates/heading.ts';
import type { OccupationSelectDetail } from '../related-occupations/related-occupations.component.ts';
import { programCareersStyles } from './program-careers.styles.ts';
import { education } from '../../i18n/en/education.ts';
import { facts } from '../../i18n/en/facts.ts';
import { profile } from '../../i18n/en/profile.ts';
import { programCareers } from '../../i18n/en/program-careers.ts';
import { related } from '../../i18n/en/related.ts';

const CIP_CODE = /^\d{2}\.\d{4}$/;

interface Careers {
  /** One per CIP code asked for, in the attribute's order; `doc` null when the crosswalk maps none. */
  programs: { cip: string; doc: ProgramDocument | null }[];
  /** Every mapped occupation once, in the programs' order. */
  occupations: ProgramDocument['occupations'];
  facts: AreaFacts;
}

/**
 * The careers an education program prepares for, from NCES's CIP 2020 to SOC 2018 crosswalk
 * (`programs/{cip}.json`), each with its median annual wage in the `location`, the nation's
 * projected employment change, typical entry education and Bright Outlook. `cip` may list several
 * codes (a college program often maps to more than one): their occupations are listed once.
 * Each occupation links by `href-template`, or is a button that fires `occupation-select` and,
 * with `for`, sets `code` on the element with that id (an `<occupation-profile>`).
 *
 * @summary The careers an education program (CIP code) leads to, with wages and outlook.
 * @fires occupation-select - The reader chose an occupation (buttons only); detail `{ code, title }`. Cancelable.
 * @fires occupation-load - The list rendered; detail `{ cip, occupations }` (how many).
 * @fires occupation-error - Loading failed; detail `{ code: null, kind, status?, attribute?, message }`.
 * @csspart heading - The heading.
 * @csspart programs - The line naming the programs.
 * @csspart list - The list of occupations.
 * @csspart item - One occupation.
 * @csspart link - An occupation's link (with `href-template`).
 * @csspart select - An occupation's button (without `href-template`).
 * @csspart facts - An occupation's figures.
 * @csspart badge - "Bright Outlook".
 * @csspart note - "No occupation matched" and the source line.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error or invalid-attribute message.
 * @csspart retry - The retry button.
 */
export class ProgramCareers extends OccupationElement {
  static override styles = [theme, stateStyles, factsStyles, programCareersStyles];

  /** CIP 2020 program codes, separated by spaces or commas: `51.0716` or `51.0716 51.0710`. */
  @property() cip = '';
  /** `US` or a state code (`CA`): where the wages are. Unset, `<occupation-data>`, then `configure()`, else `US`. */
  @property() location?: string;
  /** Makes each occupation a link: `{code}` is replaced by its O*NET-SOC code, e.g. `/careers/{code}`. */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;
  /** After a choice (buttons only), set `code` on the element with this id, such as an `<occupation-profile>`. */
  @property({ attribute: 'for' }) htmlFor?: string;

  private readonly data = new DataController(this, {
    messages: { programCareers, related, education, facts, profile },
    args: () => [this.cip, this.hrefTemplate] as const,
    detail: (c: Careers) => ({ cip: c.programs.map((p) => p.cip).join(' '), occupations: c.occupations.length }),
    load: ([cip, template], context) => loadCareers(cip, template, context),
  });

  protected override render() {
    return this.data.render((c) => this.renderCareers(c, this.data.lang), 6);
  }

  private renderCareers(c: Careers, lang: Lang) {
    const t = this.data.t;
    const p = t.programCareers;
    const found = c.programs.filter((x) => x.doc);
    const source = found[0]?.doc?.sources.find((s) => s.id === 'cip');
    return html`${heading(this.headingLevel, p.heading)}${this.data.englishNote()}
      ${found.length
        ? html`<p class="programs" part="programs">
            ${found.map((x, i) => html`${i ? '; ' : ''}<span lang="en">${p.program(x.doc!.title, x.cip)}</span>`)}
          </p>`
        : nothing}
      ${c.programs.filter((x) => !x.doc).map((x) => html`<p class="note" part="note">${p.noMatch(x.cip)}</p>`)}
      ${c.occupations.length
        ? html`<ul class="careers" part="list" role="list">
            ${c.occupations.map(
              (o) => html`<li part="item">
                <span class="title" lang="en">${this.renderChoice(o.code, o.title)}</span>
                ${careerFacts(c.facts, o.code, { wage: true, outlook: true, education: true }, t, lang)}
              </li>`,
            )}
          </ul>`
        : nothing}
      ${source
        ? html`<p class="note muted" part="note">${p.source}
            <span lang="en">${source.publisher}, <a href=${source.url} rel="noopener">${source.name}</a></span>.</p>`
        : nothing}`;
  }

  private renderChoice(code: string, title: string) {
    if (this.hrefTemplate) {
      return html`<a part="link" href=${this.hrefTemplate.replaceAll('{code}', encodeURIComponent(code))}>${title}</a>`;
    }
    return html`<button type="button" class="select" part="select" @click=${() => this.select(code, title)}>${title}</button>`;
  }

  private select(code: string, title: string): void {
    if (this.emit<OccupationSelectDetail>('occupation-select', { code, title }, { cancelable: true }).defaultPrevented) return;
    if (!this.htmlFor) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = (root.getElementById?.(this.htmlFor) ?? document.getElementById(this.htmlFor)) as (HTMLElement & { code?: string }) | null;
    if (target) target.code = code;
    else console.warn(`<program-careers> for="${this.htmlFor}": no element has that id`);
  }
}

/** Checks the attributes, then loads every program and the area's figures at once. */
async function loadCareers(cip: string, template: string | undefined, context: LoadContext): Promise<Careers> {
  const codes = [...new Set(cip.split(/[\s,]+/).filter(Boolean))];
  if (!codes.length) {
    throw invalidAttribute('cip', '', 'the cip attribute is missing: set a CIP 2020 code such as 51.0716', (t) => t.programCareers.missingCip);
  }
  const bad = codes.find((c) => !CIP_CODE.test(c));
  if (bad !== undefined) {
    throw invalidAttribute('cip', bad, `cip "${bad}" is not a CIP code (like 51.0716)`, (t) => t.programCareers.invalidCip(bad));
  }
  if (template && !template.includes('{code}')) {
    throw invalidAttribute('href-template', template, `href-template "${template}" has no {code} placeholder`, (t) =>
      t.related.invalidTemplate(template),
    );
  }
  const { client, signal } = context;
  const [programs, facts] = await Promise.all([
    Promise.all(
      codes.map((code) =>
        client.get('program', code, signal).then(
          (doc) => ({ cip: code, doc }),
          // The endpoint writes a document only for programs the crosswalk maps: a 404 on a
          // working endpoint (the client checks index.json) means "no occupation", not a fault.
          (error: unknown) => {
            if (error instanceof DataError && error.kind === 'not-found') return { cip: code, doc: null };
            throw error;
          },
        ),
      ),
    ),
    areaFacts({ wage: true, outlook: true }, context),
  ]);
  const seen = new Set<string>();
  const occupations = programs.flatMap((p) => p.doc?.occupations ?? []).filter((o) => !seen.has(o.code) && seen.add(o.code));
  return { programs, occupations, facts };
}
