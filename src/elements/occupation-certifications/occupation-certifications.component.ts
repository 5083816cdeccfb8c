import { html, nothing, type PropertyValues } from 'lit';
import { onetCode } from '../../data/codes.ts';
import { liveDocument } from '../../data/live.ts';
import type { CertificationsDocument } from '../../data/schema.ts';
import { count } from '../../format/index.ts';
import { DataController } from '../../runtime/data-controller.ts';
import { OccupationCodeElement } from '../../runtime/occupation-element.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading } from '../../templates/heading.ts';
import { ShowAll } from '../../templates/show-all.ts';
import { occupationCertificationsStyles } from './occupation-certifications.styles.ts';
import { certifications } from '../../i18n/en/certifications.ts';

type Certification = CertificationsDocument['certifications'][number];

/**
 * Certifications for an occupation from CareerOneStop's Certification Finder, through a live
 * endpoint (the proxy in tools/proxy): each with its name, the organization that offers it and
 * a link to its page (https only; the schema refuses any other). CareerOneStop lists
 * certifications nationally, so the element has no location. On a static endpoint, or where
 * CareerOneStop lists none, it renders nothing, without an error, and carries `absent`.
 *
 * @summary Certifications from CareerOneStop (live endpoints only).
 * @fires occupation-load - Loaded; detail `{ code, certifications }` (how many; 0 where none is served).
 * @fires occupation-error - Loading failed on a live endpoint; detail `{ code, kind, status?, attribute?, message }`.
 * @csspart heading - The heading.
 * @csspart list - The list of certifications.
 * @csspart link - Each certification's link.
 * @csspart show-all - The "Show all" / "Show fewer" button, under a long list.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error, not-found or invalid-attribute message.
 * @csspart retry - The retry button.
 */
export class OccupationCertifications extends OccupationCodeElement {
  static override styles = [theme, stateStyles, occupationCertificationsStyles];

  private readonly more = new ShowAll(this);

  private readonly data = new DataController(this, {
    messages: { certifications },
    args: () => [this.code] as const,
    detail: (d: CertificationsDocument | null) => ({ code: this.code, certifications: d?.certifications.length ?? 0 }),
    load: ([code], { client, signal }) => liveDocument('certifications', onetCode(code), client, signal),
    absentWhenEmpty: true,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code')) this.more.reset();
  }

  protected override render() {
    return this.data.render((d) => this.renderList(d), 4);
  }

  private renderList(d: CertificationsDocument | null) {
    if (!d?.certifications.length) return nothing;
    const t = this.data.t.certifications;
    const items = d.certifications;
    return html`${heading(this.headingLevel, t.heading)}${this.data.englishNote()}
      <p>${t.intro}</p>
      <ul part="list" id="items">
        ${this.more.visible(items, 0).map((c) => this.renderItem(c, t.by))}
      </ul>
      ${this.more.button(items.length, 0, { more: t.showAll(count(items.length, this.data.lang)), less: t.showFewer }, 'items')}`;
  }

  private renderItem(c: Certification, by: string) {
    const name = c.url
      ? html`<a part="link" href=${c.url} rel="noopener" lang="en">${c.name}</a>`
      : html`<strong lang="en">${c.name}</strong>`;
    return html`<li>
      ${name}
      ${c.organization ? html`<span class="muted">${by} <span lang="en">${c.organization}</span></span>` : nothing}
    </li>`;
  }
}
