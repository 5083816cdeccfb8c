import { canDefine } from '../../runtime/define.ts';
import { OccupationPrograms } from './occupation-programs.component.ts';

export { OccupationPrograms };

if (canDefine('occupation-programs', OccupationPrograms)) customElements.define('occupation-programs', OccupationPrograms);

declare global {
  interface HTMLElementTagNameMap {
    'occupation-programs': OccupationPrograms;
  }
}
