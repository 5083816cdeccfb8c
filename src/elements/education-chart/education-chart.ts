import { canDefine } from '../../runtime/define.ts';
import { EducationChart } from './education-chart.component.ts';

export { EducationChart };

if (canDefine('education-chart', EducationChart)) customElements.define('education-chart', EducationChart);

declare global {
  interface HTMLElementTagNameMap {
    'education-chart': EducationChart;
  }
}
