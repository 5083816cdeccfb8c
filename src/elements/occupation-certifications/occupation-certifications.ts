import { canDefine } from '../../runtime/define.ts';
import { OccupationCertifications } from './occupation-certifications.component.ts';

export { OccupationCertifications };

if (canDefine('occupation-certifications', OccupationCertifications)) customElements.define('occupation-certifications', OccupationCertifications);

declare global {
  interface HTMLElementTagNameMap {
    'occupation-certifications': OccupationCertifications;
  }
}
