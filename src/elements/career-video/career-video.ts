import { canDefine } from '../../runtime/define.ts';
import { CareerVideo } from './career-video.component.ts';

export { CareerVideo };

if (canDefine('career-video', CareerVideo)) customElements.define('career-video', CareerVideo);

declare global {
  interface HTMLElementTagNameMap {
    'career-video': CareerVideo;
  }
}
