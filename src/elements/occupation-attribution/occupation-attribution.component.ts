import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { IndexDocument, Release } from '../../data/schema.ts';
import { lookup } from '../../i18n/index.ts';
import { DataController } from '../../runtime/data-controller.ts';
import { OccupationElement } from '../../runtime/occupation-element.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading } from '../../templates/heading.ts';
import { STEP } from '../../templates/show-all.ts';

/**
 * The data sources' attribution that O*NET's CC BY 4.0 licence and BLS ask for, with each
 * release's name and date, read from the endpoint's index.json.
 *
 * @summary Attribution of the data sources, with their releases.
 * @fires occupation-load - The attribution rendered; detail `{ datasetVersion }`.
 * @fires occupation-error - index.json could not be loaded.
 * @csspart heading - The "Sources" heading.
 * @csspart sources - The list of sources.
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
    `,
  ];

  /** Release ids to credit (`onet,oews,...`); all the endpoint's sources when unset. */
  @property() sources?: string;
  /** One short paragraph: O*NET's required notice, then the other sources as links. */
  @property({ type: Boolean }) compact = false;

  private readonly data = new DataController(this, {
    args: () => [] as const,
    detail: (index: IndexDocument) => ({ datasetVersion: index.datasetVersion }),
    load: (_args, { client, signal }) => client.get('index', undefined, signal),
  });

  protected override render() {
    return this.data.render((index) => this.renderSources(index), 2);
  }

  private renderSources(index: IndexDocument) {
    const wanted = this.sources?.split(',').map((s) => s.trim());
    const shown = index.sources.filter((s) => !wanted || wanted.includes(s.id)).slice(0, STEP);
    const t = this.data.t.profile;
    if (this.compact) {
      const onet = shown.find((s) => s.id === 'onet');
      return html`<p part="sources" lang="en">
        ${onet ? index.attribution.onet : nothing} ${t.sources}:
        ${shown.map((s, i) => html`${i ? ', ' : ''}<a href=${s.url} rel="noopener">${s.name}</a>`)}.
      </p>`;
    }
    return html`${heading(this.headingLevel, t.sources)}
      <ul part="sources">
        ${shown.map((s) => this.renderSource(s, lookup(index.attribution, s.id)))}
      </ul>`;
  }

  // Licence texts stay in English, the language they are published in, and say so to readers.
  private renderSource(source: Release, text: string | undefined) {
    return html`<li lang="en">
      ${text ?? ''} <a href=${source.url} rel="noopener">${source.name}</a>.
    </li>`;
  }
}
