import { canDefine } from '../../runtime/define.ts';
import { AreaPicker } from './area-picker.component.ts';

export { AreaPicker };
export type { AreaChangeDetail } from './area-picker.component.ts';

if (canDefine('area-picker', AreaPicker)) customElements.define('area-picker', AreaPicker);

declare global {
  interface HTMLElementTagNameMap {
    'area-picker': AreaPicker;
  }
}
