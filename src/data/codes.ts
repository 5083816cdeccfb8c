import { DataError } from './errors.ts';
import { common } from '../i18n/common.ts';
import type { Lang } from '../i18n/index.ts';

/** The nation and the areas OEWS publishes state wages for: the 50 states and DC. */
const AREAS = new Set(
  ('US AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH ' +
    'NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY').split(' '),
);

const ONET_CODE = /^\d{2}-\d{4}\.\d{2}$/;
/**
 * BLS's codes for sub-state areas: 7 digits for a nonmetropolitan area (`0600003`, the state FIPS
 * code first), 5 for a metropolitan area (`31080`). Whether the endpoint has the area is for
 * index.json to say, not this check.
 */
const BLS_AREA_CODE = /^(\d{5}|\d{7})$/;

/** The `code` attribute as an O*NET-SOC code, or a DataError the element shows in its language. */
export function onetCode(value: string | null | undefined, lang: Lang): string {
  const code = value?.trim() ?? '';
  const t = common(lang);
  if (!code) throw new DataError('invalid-attribute', t.missingCode, { attribute: 'code' });
  if (!ONET_CODE.test(code)) {
    throw new DataError('invalid-attribute', t.invalidCode(code), { attribute: 'code' });
  }
  return code;
}

/**
 * The `location` attribute as `US`, a state code (any case) or a BLS metropolitan or
 * nonmetropolitan area code, else a DataError.
 */
export function areaCode(value: string | null | undefined, lang: Lang): string {
  const area = (value?.trim() || 'US').toUpperCase();
  if (!AREAS.has(area) && !BLS_AREA_CODE.test(area)) {
    throw new DataError('invalid-attribute', common(lang).invalidLocation(value ?? ''), {
      attribute: 'location',
    });
  }
  return area;
}
