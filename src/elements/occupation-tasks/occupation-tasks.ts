import { canDefine } from '../../runtime/define.ts';
import { OccupationTasks } from './occupation-tasks.component.ts';

export { OccupationTasks };

if (canDefine('occupation-tasks', OccupationTasks)) customElements.define('occupation-tasks', OccupationTasks);

declare global {
  interface HTMLElementTagNameMap {
    'occupation-tasks': OccupationTasks;
  }
}
