import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { onetCode } from '../../data/codes.ts';
import type { Occupation } from '../../data/schema.ts';
import { count } from '../../format/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { DataController } from '../../runtime/data-controller.ts';
import { OccupationCodeElement } from '../../runtime/occupation-element.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading } from '../../templates/heading.ts';
import { listStyles, ShowAll } from '../../templates/show-all.ts';
import { tasks } from '../../i18n/en/tasks.ts';

/**
 * What people in an occupation do: O*NET's task statements, core tasks first, in the order of
 * the endpoint's document. The first `limit` are shown, with a button to show them all.
 *
 * @summary An occupation's activities (O*NET tasks), core first.
 * @fires occupation-load - The activities rendered; detail `{ code, tasks }` (how many).
 * @fires occupation-error - Loading failed; detail `{ code, kind, status?, attribute?, message }`.
 * @csspart heading - The heading.
 * @csspart list - The list of activities.
 * @csspart item - One activity.
 * @csspart show-all - The "Show all" / "Show fewer" button.
 * @csspart note - The note shown when O*NET lists no activities.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error, not-found or invalid-attribute message.
 * @csspart retry - The retry button.
 */
export class OccupationTasks extends OccupationCodeElement {
  static override styles = [theme, stateStyles, listStyles];

  /** How many activities to show before "Show all"; 0 shows them all. */
  @property({ type: Number }) limit = 8;

  private readonly more = new ShowAll(this);

  private readonly data = new DataController(this, {
    messages: { tasks },
    args: () => [this.code] as const,
    detail: (o: Occupation) => ({ code: o.code, tasks: o.tasks.length }),
    load: ([code], { client, signal }) => client.get('occupation', onetCode(code), signal),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code')) this.more.reset();
  }

  protected override render() {
    return this.data.render((o) => this.renderTasks(o, this.data.lang), 6);
  }

  private renderTasks(o: Occupation, lang: Lang) {
    const t = this.data.t.tasks;
    const title = html`${heading(this.headingLevel, t.heading)}${this.data.englishNote()}`;
    if (!o.tasks.length) return html`${title}<p class="note" part="note">${t.none}</p>`;
    // The document keeps core tasks before supplemental ones, each in O*NET's order.
    const total = o.tasks.length;
    return html`${title}
      <ul class="items" part="list" id="items" lang="en">
        ${this.more.visible(o.tasks, this.limit).map((task) => html`<li part="item">${task.text}</li>`)}
      </ul>
      ${this.more.button(total, this.limit, { more: t.showAll(count(total, lang)), less: t.showFewer }, 'items')}`;
  }
}
