import { canDefine } from '../../runtime/define.ts';
import { RelatedOccupations } from './related-occupations.component.ts';

export { RelatedOccupations };
export type { OccupationSelectDetail } from './related-occupations.component.ts';

if (canDefine('related-occupations', RelatedOccupations)) customElements.define('related-occupations', RelatedOccupations);

declare global {
  interface HTMLElementTagNameMap {
    'related-occupations': RelatedOccupations;
  }
}
