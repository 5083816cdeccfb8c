import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { IndexDocument, Release } from '../../data/schema.ts';
import { lookup } from '../../i18n/index.ts';
import { DataController } from '../../runtime/data-controller.ts';
import { OccupationElement } from '../../runtime/occupation-element.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading } from '../../templates/heading.ts';
import { STEP } from '../../templates/show-all.ts';
import { attribution } from '../../i18n/en/attribution.ts';
import { profile } from '../../i18n/en/profile.ts';

/**
 * The sources as a reader names them: "O*NET 29.3" for O*NET's releases, else the publisher's
 * short name (BLS, NCES), each once.
 */
export function shortNames(sources: Release[]): string {
  const onet = sources.find((s) => s.id === 'onet');
  const names = sources.map((s) =>
    s.publisher.includes('USDOL/ETA') ? `O*NET${onet ? ` ${onet.version}` : ''}` : (/\(([^)]+)\)\s*$/.exec(s.publisher)?.[1] ?? s.name),
  );
  return [...new Set(names)].join(', ');
}

/**
 * The data sources' attribution that O*NET's CC BY 4.0 licence and BLS ask for, with each
 * release's name and date, read from the endpoint's index.json.
 *
 * @summary Attribution of the data sources, with their releases.
 * @fires occupation-load - The attribution rendered; detail `{ datasetVersion }`.
 * @fires occupation-error - index.json could not be loaded.
 * @csspart heading - The "Sources" heading.
 * @csspart sources - The list of sources.
 * @csspart summary - `compact`: the one-line "Sources: O*NET 29.3, BLS" that opens the list.
 */
export class OccupationAttribution extends OccupationElement {
  static override styles = [
    theme,
    stateStyles,
    css`
      :host {
        font-size: 0.85em;
      }
      p {
        margin: 0;
      }
      ul {
        padding: 0;
        list-style: none;
        display: grid;
        gap: 0.4em;
      }
      summary {
        cursor: pointer;
        padding-block: 0.25em;
        color: var(--_muted);
      }
      details[open] summary {
        margin-block-end: 0.4em;
      }
    `,
  ];

  /** Release ids to credit (`onet,oews,...`); all the endpoint's sources when unset. */
  @property() sources?: string;
  /**
   * One short line ("Sources: O*NET 29.3, BLS") that opens the full attribution: for a card,
   * whose reader needs the credit at hand, not the licence text in full below every card.
   */
  @property({ type: Boolean }) compact = false;
  /**
   * Releases the shown documents name that index.json does not list, credited after its own: a
   * live source names the programs behind each answer (CareerOneStop: BLS's OEWS, O*NET).
   */
  @property({ attribute: false }) releases?: Release[];

  private readonly data = new DataController(this, {
    messages: { attribution, profile },
    args: () => [] as const,
    detail: (index: IndexDocument) => ({ datasetVersion: index.datasetVersion }),
    load: (_args, { client, signal }) => client.get('index', undefined, signal),
  });

  protected override render() {
    return this.data.render((index) => this.renderSources(index), 2);
  }

  private renderSources(index: IndexDocument) {
    const wanted = this.sources?.split(',').map((s) => s.trim());
    const named = (this.releases ?? []).filter((r) => !index.sources.some((s) => s.id === r.id));
    const shown = [...index.sources.filter((s) => !wanted || wanted.includes(s.id)), ...named].slice(0, STEP);
    const t = this.data.t.profile;
    const list = html`<ul part="sources">
      ${shown.map((s) => this.renderSource(s, lookup(index.attribution, s.id) ?? (named.includes(s) ? `${s.publisher},` : undefined)))}
    </ul>`;
    if (this.compact) {
      return html`<details>
        <summary part="summary">${t.sources}: ${shortNames(shown)}</summary>
        ${list}
      </details>`;
    }
    return html`${heading(this.headingLevel, t.sources)}${list}`;
  }

  // Licence texts stay in English, the language they are published in (the note says so); the
  // endpoint's BLS and NCES credits begin with an English label ("Wages: "), shown translated.
  private renderSource(source: Release, text: string | undefined) {
    const label = lookup(this.data.t.attribution.label, source.id);
    const body = label && text ? text.replace(/^[\p{L} ]+:\s*/u, '') : (text ?? '');
    return html`<li>
      ${label ? html`${label}: ` : nothing}<span lang="en">${body}
      <a href=${source.url} rel="noopener">${source.name}</a>.</span>
    </li>`;
  }
}
