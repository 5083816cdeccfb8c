// The profile renders every section element and the attribution: registering it registers them.
import '../education-chart/education-chart.ts';
import '../education-summary/education-summary.ts';
import '../employment-outlook/employment-outlook.ts';
import '../occupation-attribution/occupation-attribution.ts';
import '../occupation-interests/occupation-interests.ts';
import '../occupation-programs/occupation-programs.ts';
import '../occupation-ratings/occupation-ratings.ts';
import '../occupation-tasks/occupation-tasks.ts';
import '../related-occupations/related-occupations.ts';
import '../technology-skills/technology-skills.ts';
import '../wage-table/wage-table.ts';
import { canDefine } from '../../runtime/define.ts';
import { OccupationProfile } from './occupation-profile.component.ts';

export { OccupationProfile };

if (canDefine('occupation-profile', OccupationProfile)) customElements.define('occupation-profile', OccupationProfile);

declare global {
  interface HTMLElementTagNameMap {
    'occupation-profile': OccupationProfile;
  }
}
