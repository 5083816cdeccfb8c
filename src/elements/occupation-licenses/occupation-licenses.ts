import { canDefine } from '../../runtime/define.ts';
import { OccupationLicenses } from './occupation-licenses.component.ts';

export { OccupationLicenses };

if (canDefine('occupation-licenses', OccupationLicenses)) customElements.define('occupation-licenses', OccupationLicenses);

declare global {
  interface HTMLElementTagNameMap {
    'occupation-licenses': OccupationLicenses;
  }
}
