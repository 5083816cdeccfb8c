import { canDefine } from '../../runtime/define.ts';
import { OccupationCompare, type OccupationCompareChangeDetail } from './occupation-compare.component.ts';

export { OccupationCompare, type OccupationCompareChangeDetail };

if (canDefine('occupation-compare', OccupationCompare)) customElements.define('occupation-compare', OccupationCompare);

declare global {
  interface HTMLElementTagNameMap {
    'occupation-compare': OccupationCompare;
  }
}
