/**
 * Type tests, checked by `npm run typecheck`: a language's table that leaves out an English key
 * does not compile (it would render blank), and a site's partial table does.
 */
import type { Messages, PartialMessages } from '../../src/i18n/index.ts';
import { en } from '../../src/i18n/en.ts';

const { heading: _left, ...wagesWithoutHeading } = en.wages;

// @ts-expect-error a built-in language must have every key: wages.heading is missing
export const incomplete: Messages = { ...en, wages: wagesWithoutHeading };

export const partial: PartialMessages = { wages: { heading: 'Mức lương' } };
