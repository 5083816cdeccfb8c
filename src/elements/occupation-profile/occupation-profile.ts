// The card and the full profile credit their sources with the attribution: registering the profile
// registers it. The full profile's section elements are loaded when it first renders in full.
import '../occupation-attribution/occupation-attribution.ts';
import { canDefine } from '../../runtime/define.ts';
import { OccupationProfile } from './occupation-profile.component.ts';

export { OccupationProfile };

if (canDefine('occupation-profile', OccupationProfile)) customElements.define('occupation-profile', OccupationProfile);

declare global {
  interface HTMLElementTagNameMap {
    'occupation-profile': OccupationProfile;
  }
}
