import { canDefine } from '../../runtime/define.ts';
import { OccupationAttribution } from './occupation-attribution.component.ts';

export { OccupationAttribution };

if (canDefine('occupation-attribution', OccupationAttribution)) customElements.define('occupation-attribution', OccupationAttribution);

declare global {
  interface HTMLElementTagNameMap {
    'occupation-attribution': OccupationAttribution;
  }
}
