import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { areaCode } from '../../data/codes.ts';
import { placeIn, stateIn } from '../../data/loaders.ts';
import type { IndexDocument } from '../../data/schema.ts';
import { DataController } from '../../runtime/data-controller.ts';
import { OccupationElement } from '../../runtime/occupation-element.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { areaPickerStyles } from './area-picker.styles.ts';
import { areaPicker } from '../../i18n/en/area-picker.ts';

/** The `occupation-area-change` event's detail. */
export interface AreaChangeDetail {
  /** `US`, a state code or a BLS area code: the value the picker sets as `location`. */
  location: string;
  /** The place's name as the endpoint's index.json gives it. */
  name: string;
}

interface Loaded {
  index: IndexDocument;
  /** The checked location the picker starts from. */
  location: string;
}

/**
 * Where a reader is: a state, then a metropolitan or nonmetropolitan area in it (the areas the
 * endpoint's index.json lists), as two labelled native selects, operable with the keyboard and
 * by every screen reader. A territory the endpoint has areas of but no figures for as a whole
 * (Puerto Rico, in index.json's `territories`) is listed among the states; choosing it chooses its
 * first area, since there is no "all of" to show. The choice becomes the `location` of the widgets named in `for`, or of
 * the `<occupation-data>` around the picker, so a board's page shows what a job pays in its region.
 *
 * @summary Choose a state, then a metropolitan or nonmetropolitan area, for other widgets.
 * @fires occupation-area-change - The reader chose a place; detail `{ location, name }`. Cancelable:
 *   unless the page calls `preventDefault()`, the picker sets `location` on its widgets.
 * @fires occupation-load - The places rendered; detail `{ location }`.
 * @fires occupation-error - index.json could not be loaded, or `location` is not a place it has.
 * @csspart picker - The fieldset holding both selects.
 * @csspart select - Each select.
 * @csspart note - The note when a state has no areas in the data.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error or invalid-attribute message.
 * @csspart retry - The retry button.
 */
export class AreaPicker extends OccupationElement {
  static override styles = [theme, stateStyles, areaPickerStyles];

  /** Space-separated ids of the widgets (or `<occupation-data>`) to set; unset, the `<occupation-data>` around the picker. */
  @property() for?: string;
  /**
   * The place the picker starts from: `US`, a state code or a BLS area code; unset, the location
   * around the picker (`<occupation-data>`, `configure()`), else `US`. Setting it starts again
   * from that place; the reader's choice is `value`.
   */
  @property() location?: string;

  /** The reader's choice since `location` was last set. */
  @state() private chosen: string | undefined;
  /** The picker sets `location` itself once, to hold the place it resolved (see `pin`). */
  private pinning = false;
  private applied = false;

  private readonly data = new DataController(this, {
    messages: { areaPicker },
    args: () => [] as const,
    detail: (d: Loaded) => ({ location: d.location }),
    load: async (_args, { client, signal, location }): Promise<Loaded> => {
      const area = areaCode(location);
      const index = await client.get('index', undefined, signal);
      placeIn(index, area, location);
      return { index, location: area };
    },
  });

  constructor() {
    super();
    this.addEventListener('occupation-load', (e) => {
      if (e.target !== this || !this.data.value) return;
      const { location } = this.data.value;
      // A location set on the picker itself is the widgets' too, once they are on the page.
      if (!this.applied && this.location) this.setTargets(location);
      this.applied = true;
      this.pin(location);
    });
  }

  /** The chosen place: `US`, a state code or a BLS area code (`''` before the picker has loaded). */
  get value(): string {
    return this.chosen ?? this.data.value?.location ?? '';
  }

  /**
   * Holds the resolved place as the picker's own `location`, so that a choice that changes the
   * `<occupation-data>` around it does not reload the picker (and take the select from under the
   * reader's keyboard: a native select fires `change` at every arrow key).
   */
  private pin(location: string): void {
    if (this.location) return;
    this.pinning = true;
    this.location = location;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('location') && !this.pinning) this.chosen = undefined;
    this.pinning = false;
  }

  protected override render() {
    return this.data.render((d) => this.renderPicker(d), 2);
  }

  private renderPicker({ index, location: start }: Loaded) {
    const t = this.data.t.areaPicker;
    const location = this.chosen ?? start;
    const place = placeIn(index, location);
    const state = place.state ?? (location === 'US' ? null : stateIn(index, location));
    const territories = index.territories ?? [];
    const states = [...index.areas.filter((a) => a.code !== 'US'), ...territories].sort((a, b) => a.name.localeCompare(b.name));
    const local = state ? areasIn(index, state.code) : [];
    const group = (type: 'metropolitan' | 'nonmetropolitan', label: string) => {
      const areas = local.filter((a) => a.type === type);
      return areas.length
        ? html`<optgroup label=${label}>
            ${areas.map((a) => html`<option value=${a.code} lang="en" ?selected=${a.code === location}>${a.name}</option>`)}
          </optgroup>`
        : nothing;
    };
    return html`<fieldset part="picker">
      <legend>${t.legend}</legend>
      <div class="field">
        <label for="state">${territories.length ? t.stateOrTerritory : t.state}</label>
        <select id="state" part="select" @change=${this.onChange}>
          <option value="US" ?selected=${!state}>${t.nation}</option>
          ${states.map((s) => html`<option value=${s.code} ?selected=${s.code === state?.code}>${s.name}</option>`)}
        </select>
      </div>
      ${!state
        ? nothing
        : local.length
          ? keyed(state.code, html`<div class="field">
              <label for="area">${t.area}</label>
              <select id="area" part="select" @change=${this.onChange}>
                ${state.whole
                  ? html`<option value=${state.code} ?selected=${location === state.code}>${t.wholeState(state.name)}</option>`
                  : nothing}
                ${group('metropolitan', t.metropolitan)} ${group('nonmetropolitan', t.nonmetropolitan)}
              </select>
            </div>`)
          : html`<p class="note muted" part="note">${t.noAreas(state.name)}</p>`}
    </fieldset>`;
  }

  private readonly onChange = (e: Event) => {
    const select = e.target as HTMLSelectElement;
    const index = this.data.value?.index;
    let location = select.value;
    // A territory with no figures as a whole: its first area, the first option its area select lists.
    if (index && select.id === 'state' && location !== 'US' && !stateIn(index, location).whole) {
      location = areasIn(index, location)[0]?.code ?? location;
    }
    const name = index ? placeIn(index, location).areaName : location;
    if (this.emit<AreaChangeDetail>('occupation-area-change', { location, name }, { cancelable: true }).defaultPrevented) return;
    this.chosen = location;
    this.setTargets(location);
  };

  /** The widgets named in `for` (in the picker's own document or shadow root), else the `<occupation-data>` around it. */
  private setTargets(location: string): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const targets = this.for
      ? this.for.split(/\s+/).filter(Boolean).map((id) => root.getElementById(id))
      : [this.closest('occupation-data')];
    for (const target of targets) target?.setAttribute('location', location);
  }
}

/** A state's metropolitan areas, then its nonmetropolitan areas, in index.json's (code) order: the area select's options. */
function areasIn(index: IndexDocument, state: string) {
  const local = (index.localAreas ?? []).filter((a) => a.states.includes(state));
  return [...local.filter((a) => a.type === 'metropolitan'), ...local.filter((a) => a.type === 'nonmetropolitan')];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'occupation-area-change': CustomEvent<AreaChangeDetail>;
  }
}
