import { canDefine } from '../../runtime/define.ts';
import { OccupationRatings } from './occupation-ratings.component.ts';

export { OccupationRatings };

if (canDefine('occupation-ratings', OccupationRatings)) customElements.define('occupation-ratings', OccupationRatings);

declare global {
  interface HTMLElementTagNameMap {
    'occupation-ratings': OccupationRatings;
  }
}
