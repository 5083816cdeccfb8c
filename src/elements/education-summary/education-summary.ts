import { canDefine } from '../../runtime/define.ts';
import { EducationSummary } from './education-summary.component.ts';

export { EducationSummary };

if (canDefine('education-summary', EducationSummary)) customElements.define('education-summary', EducationSummary);

declare global {
  interface HTMLElementTagNameMap {
    'education-summary': EducationSummary;
  }
}
