import { canDefine } from '../../runtime/define.ts';
import { OccupationApprenticeships } from './occupation-apprenticeships.component.ts';

export { OccupationApprenticeships };

if (canDefine('occupation-apprenticeships', OccupationApprenticeships)) {
  customElements.define('occupation-apprenticeships', OccupationApprenticeships);
}

declare global {
  interface HTMLElementTagNameMap {
    'occupation-apprenticeships': OccupationApprenticeships;
  }
}
