import { canDefine } from '../../runtime/define.ts';
import { OccupationData } from './occupation-data.component.ts';

export { OccupationData };

if (canDefine('occupation-data', OccupationData)) customElements.define('occupation-data', OccupationData);

declare global {
  interface HTMLElementTagNameMap {
    'occupation-data': OccupationData;
  }
}
