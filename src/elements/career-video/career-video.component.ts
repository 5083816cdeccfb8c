import { html, nothing } from 'lit';
import { onetCode } from '../../data/codes.ts';
import { liveDocument } from '../../data/live.ts';
import type { VideosDocument } from '../../data/schema.ts';
import { DataController } from '../../runtime/data-controller.ts';
import { OccupationCodeElement } from '../../runtime/occupation-element.ts';
import { stateStyles, theme } from '../../styles/theme.ts';
import { heading } from '../../templates/heading.ts';
import { careerVideoStyles } from './career-video.styles.ts';
import { video } from '../../i18n/en/video.ts';

/**
 * CareerOneStop's career video for an occupation, from a live endpoint (the proxy in
 * tools/proxy). CareerOneStop's answer names the video and the page that plays it (with its
 * captions), but no media file, poster or transcript: so this is a link to that page, titled by
 * the video, and nothing plays by itself. On a static endpoint, or where CareerOneStop has no
 * video, the element renders nothing, without an error.
 *
 * While it has nothing to show it carries the `absent` attribute, and takes no space.
 *
 * @summary CareerOneStop's career video (live endpoints only).
 * @fires occupation-load - Loaded; detail `{ code, videos }` (how many; 0 where none is served).
 * @fires occupation-error - Loading failed on a live endpoint; detail `{ code, kind, status?, attribute?, message }`.
 * @csspart heading - The heading.
 * @csspart link - The link to the video's page.
 * @csspart note - The source line.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error, not-found or invalid-attribute message.
 * @csspart retry - The retry button.
 */
export class CareerVideo extends OccupationCodeElement {
  static override styles = [theme, stateStyles, careerVideoStyles];

  private readonly data = new DataController(this, {
    messages: { video },
    args: () => [this.code] as const,
    detail: (d: VideosDocument | null) => ({ code: this.code, videos: d?.pageUrl ? d.videos.length : 0 }),
    load: ([code], { client, signal }) => liveDocument('videos', onetCode(code), client, signal),
    absentWhenEmpty: true,
  });

  protected override render() {
    return this.data.render((d) => this.renderVideo(d), 2);
  }

  private renderVideo(d: VideosDocument | null) {
    // The occupation's own video comes first in CareerOneStop's list (its cluster's after it).
    const video = d?.videos[0];
    if (!d?.pageUrl || !video) return nothing;
    const t = this.data.t.video;
    return html`${heading(this.headingLevel, t.heading)}
      <p>
        <a part="link" href=${d.pageUrl} rel="noopener">
          <span class="play" aria-hidden="true">▶</span>
          ${t.watch} <span lang="en">${video.title}</span>
        </a>
      </p>
      <p class="note muted" part="note">${t.source}</p>`;
  }
}
