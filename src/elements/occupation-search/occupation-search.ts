import { canDefine } from '../../runtime/define.ts';
import { OccupationSearch } from './occupation-search.component.ts';

export { OccupationSearch };
export type { ProgramSelectDetail, SearchKind } from './occupation-search.component.ts';

if (canDefine('occupation-search', OccupationSearch)) customElements.define('occupation-search', OccupationSearch);

declare global {
  interface HTMLElementTagNameMap {
    'occupation-search': OccupationSearch;
  }
}
