import { canDefine } from '../../runtime/define.ts';
import { ProgramCareers } from './program-careers.component.ts';

export { ProgramCareers };

if (canDefine('program-careers', ProgramCareers)) customElements.define('program-careers', ProgramCareers);

declare global {
  interface HTMLElementTagNameMap {
    'program-careers': ProgramCareers;
  }
}
