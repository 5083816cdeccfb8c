import { canDefine } from '../../runtime/define.ts';
import { WageChart } from './wage-chart.component.ts';

export { WageChart };

if (canDefine('wage-chart', WageChart)) customElements.define('wage-chart', WageChart);

declare global {
  interface HTMLElementTagNameMap {
    'wage-chart': WageChart;
  }
}
