import { canDefine } from '../../runtime/define.ts';
import { OccupationInterests } from './occupation-interests.component.ts';

export { OccupationInterests };

if (canDefine('occupation-interests', OccupationInterests)) customElements.define('occupation-interests', OccupationInterests);

declare global {
  interface HTMLElementTagNameMap {
    'occupation-interests': OccupationInterests;
  }
}
