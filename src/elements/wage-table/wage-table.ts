import { canDefine } from '../../runtime/define.ts';
import { WageTable } from './wage-table.component.ts';

export { WageTable };

if (canDefine('wage-table', WageTable)) customElements.define('wage-table', WageTable);

declare global {
  interface HTMLElementTagNameMap {
    'wage-table': WageTable;
  }
}
