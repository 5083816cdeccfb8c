import { html, nothing } from 'lit';
import { invalidAttribute } from '../../data/errors.ts';
import { isCity, isZip, serves } from '../../data/live.ts';
import { areaCode } from '../../data/codes.ts';
import { occupationInArea, placeIn, stateOf, type LoadContext } from '../../data/loaders.ts';
import type { ApprenticeshipsDocument, IndexDocument } from '../../data/schema.ts';
import { isolate } from '../../format/index.ts';
import { DataController } from '../../runtime/data-controller.ts';
import { LocatedOccupationElement } from '../../runtime/occupation-element.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading } from '../../templates/heading.ts';
import { officeItem } from './office.ts';
import { occupationApprenticeshipsStyles } from './occupation-apprenticeships.styles.ts';
import { apprenticeships } from '../../i18n/en/apprenticeships.ts';

type State = { code: string; name: string };
interface Loaded {
  state: State;
  offices: ApprenticeshipsDocument;
}

/** CareerOneStop's public page for finding apprenticeship offices (linked as it is: no parameters). */
const FINDER_URL = 'https://www.careeronestop.org/LocalHelp/EmploymentAndTraining/find-apprenticeship-offices.aspx';
const LEVELS = ['federal', 'state', 'regional'] as const;

/**
 * Apprenticeships where the reader is: the sentence of CareerOneStop's occupation profile, the
 * offices that oversee apprenticeships in the `location`'s state (federal, state and regional,
 * each with its address, phone and the person to ask) from CareerOneStop's "List Apprenticeship
 * Offices" through a live endpoint (the proxy in tools/proxy), and a link to CareerOneStop's
 * finder. The offices are a state's, not an occupation's: `code` is optional, and with it a ZIP
 * code or city is placed in its state as the other live widgets place it. On a static endpoint,
 * or for the nation alone, it renders nothing, without an error, and carries `absent`.
 *
 * @summary A state's apprenticeship offices from CareerOneStop (live endpoints only).
 * @fires occupation-load - Loaded; detail `{ code, state, offices }` (`state` null and 0 where none is served).
 * @fires occupation-error - Loading failed on a live endpoint; detail `{ code, kind, status?, attribute?, message }`.
 * @csspart heading - The heading.
 * @csspart level - Each level's heading (federal, state, regional offices).
 * @csspart list - Each level's list of offices.
 * @csspart link - Each phone, email and the finder link.
 * @csspart note - "None listed".
 * @csspart loading - The loading placeholder.
 * @csspart error - The error, not-found or invalid-attribute message.
 * @csspart retry - The retry button.
 */
export class OccupationApprenticeships extends LocatedOccupationElement {
  static override styles = [theme, stateStyles, occupationApprenticeshipsStyles];

  private readonly data = new DataController(this, {
    messages: { apprenticeships },
    args: () => [this.code] as const,
    detail: (d: Loaded | null) => ({ code: this.code || null, state: d?.state.code ?? null, offices: d?.offices.offices.length ?? 0 }),
    load: ([code], context) => stateOffices(code, context),
    absentWhenEmpty: true,
  });

  protected override render() {
    return this.data.render((d) => this.renderOffices(d), 4);
  }

  private renderOffices(d: Loaded | null) {
    if (!d) return nothing;
    const t = this.data.t.apprenticeships;
    const state = isolate(d.state.name);
    const offices = d.offices.offices;
    const sub = this.headingLevel === 0 ? 0 : Math.min(this.headingLevel + 1, 6);
    return html`${heading(this.headingLevel, t.heading)}${this.data.englishNote()}
      <p>${t.intro}</p>
      ${offices.length ? html`<p>${t.offices(state)}</p>` : html`<p part="note">${t.none(state)}</p>`}
      ${LEVELS.map((level) => {
        const here = offices.filter((o) => o.level === level);
        if (!here.length) return nothing;
        const label = sub ? heading(sub, t.levels[level], 'level') : html`<p class="level">${t.levels[level]}</p>`;
        return html`${label}<ul part="list">${here.map((o) => officeItem(o, t))}</ul>`;
      })}
      <p class="finder"><a part="link" href=${FINDER_URL} rel="noopener">${t.finder}</a></p>`;
  }
}

/** The place's state and its offices; null where the endpoint serves none or the place is the nation. */
async function stateOffices(code: string, context: LoadContext): Promise<Loaded | null> {
  const { client, signal } = context;
  // Asked first, so that a static endpoint is never asked for anything else.
  const index = await client.get('index', undefined, signal);
  if (!serves(index, 'apprenticeships')) return null;
  const state = code ? stateOf(await occupationInArea(code, context)) : stateOfLocation(index, context.location);
  if (!state) return null;
  return { state, offices: await client.get('apprenticeships', state.code, signal) };
}

/**
 * Without an occupation: a state, the state of "City, ST", or the state a BLS area is shown
 * beside. A ZIP code is placed only by the occupation's live wages, so it needs `code`.
 */
function stateOfLocation(index: IndexDocument, location: string): State | null {
  const given = location.trim();
  const named = (code: string) => index.areas.find((a) => a.code === code);
  if (isCity(given)) {
    const area = named(given.slice(-2));
    if (!area) throw invalidAttribute('location', location, `location "${location}" names no state`, (t) => t.common.invalidLocation(location));
    return { code: area.code, name: area.name };
  }
  if (isZip(given) && !index.localAreas?.some((a) => a.code === given)) {
    throw invalidAttribute('location', location, `location "${location}" is a ZIP code: set code too, or use its state`, (t) =>
      t.apprenticeships.zipNeedsCode(location),
    );
  }
  return stateOf(placeIn(index, areaCode(location), location));
}
