import { canDefine } from '../../runtime/define.ts';
import { TechnologySkills } from './technology-skills.component.ts';

export { TechnologySkills };

if (canDefine('technology-skills', TechnologySkills)) customElements.define('technology-skills', TechnologySkills);

declare global {
  interface HTMLElementTagNameMap {
    'technology-skills': TechnologySkills;
  }
}
