import { html, nothing, type PropertyValues } from 'lit';
import { onetCode } from '../../data/codes.ts';
import { serves } from '../../data/live.ts';
import { occupationInArea, stateOf, type LoadContext } from '../../data/loaders.ts';
import type { LicensesDocument } from '../../data/schema.ts';
import { count, isolate } from '../../format/index.ts';
import { DataController } from '../../runtime/data-controller.ts';
import { LocatedOccupationElement } from '../../runtime/occupation-element.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading } from '../../templates/heading.ts';
import { ShowAll } from '../../templates/show-all.ts';
import { occupationLicensesStyles } from './occupation-licenses.styles.ts';
import { licenses } from '../../i18n/en/licenses.ts';

type License = LicensesDocument['licenses'][number];
interface Loaded {
  state: { code: string; name: string };
  licenses: LicensesDocument;
}

/**
 * The licenses an occupation may need in one state, from CareerOneStop's License Finder through a
 * live endpoint (the proxy in tools/proxy): each with its title, description and the agency that
 * issues it, linked (https only). The state is the `location`'s: a state code, or the state of
 * the ZIP code, city or area. On a static endpoint, or for the nation alone (licenses are a
 * state's), it renders nothing, without an error, and carries `absent`.
 *
 * @summary A state's licenses from CareerOneStop (live endpoints only).
 * @fires occupation-load - Loaded; detail `{ code, state, licenses }` (`state` null and 0 where none is served).
 * @fires occupation-error - Loading failed on a live endpoint; detail `{ code, kind, status?, attribute?, message }`.
 * @csspart heading - The heading.
 * @csspart list - The list of licenses.
 * @csspart link - Each issuing agency's link.
 * @csspart note - "None listed".
 * @csspart show-all - The "Show all" / "Show fewer" button, under a long list.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error, not-found or invalid-attribute message.
 * @csspart retry - The retry button.
 */
export class OccupationLicenses extends LocatedOccupationElement {
  static override styles = [theme, stateStyles, occupationLicensesStyles];

  private readonly more = new ShowAll(this);

  private readonly data = new DataController(this, {
    messages: { licenses },
    args: () => [this.code] as const,
    detail: (d: Loaded | null) => ({ code: this.code, state: d?.state.code ?? null, licenses: d?.licenses.licenses.length ?? 0 }),
    load: ([code], context) => stateLicenses(code, context),
    absentWhenEmpty: true,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') || changed.has('location')) this.more.reset();
  }

  protected override render() {
    return this.data.render((d) => this.renderList(d), 4);
  }

  private renderList(d: Loaded | null) {
    if (!d) return nothing;
    const t = this.data.t.licenses;
    const items = d.licenses.licenses;
    const title = html`${heading(this.headingLevel, t.heading(isolate(d.state.name)))}${this.data.englishNote()}`;
    if (!items.length) return html`${title}<p part="note">${t.none(isolate(d.state.name))}</p>`;
    return html`${title}
      <p>${t.intro}</p>
      <ul part="list" id="items">
        ${this.more.visible(items, 0).map((l) => this.renderItem(l, t.agency))}
      </ul>
      ${this.more.button(items.length, 0, { more: t.showAll(count(items.length, this.data.lang)), less: t.showFewer }, 'items')}`;
  }

  private renderItem(l: License, issued: string) {
    const agency = l.agency?.url
      ? html`<a part="link" href=${l.agency.url} rel="noopener" lang="en">${l.agency.name}</a>`
      : html`<span lang="en">${l.agency?.name}</span>`;
    return html`<li>
      <strong lang="en">${l.title}</strong>
      ${l.description ? html`<span lang="en">${l.description}</span>` : nothing}
      ${l.agency ? html`<span class="muted">${issued} ${agency}</span>` : nothing}
    </li>`;
  }
}

/** The location's state and its licenses; null where the endpoint serves none or the place is the nation. */
async function stateLicenses(code: string, context: LoadContext): Promise<Loaded | null> {
  const onet = onetCode(code);
  // Asked first, so that a static endpoint is never asked for anything else.
  if (!serves(await context.client.get('index', undefined, context.signal), 'licenses')) return null;
  const found = await occupationInArea(onet, context);
  const state = stateOf(found);
  if (!state) return null;
  return { state, licenses: await context.client.get('licenses', `${state.code}/${onet}`, context.signal) };
}
