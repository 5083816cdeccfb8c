import { canDefine } from '../../runtime/define.ts';
import { EmploymentOutlook } from './employment-outlook.component.ts';

export { EmploymentOutlook };

if (canDefine('employment-outlook', EmploymentOutlook)) customElements.define('employment-outlook', EmploymentOutlook);

declare global {
  interface HTMLElementTagNameMap {
    'employment-outlook': EmploymentOutlook;
  }
}
