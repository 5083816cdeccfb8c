import { DataError } from './errors.ts';
import { common } from '../i18n/common.ts';
import type { Lang } from '../i18n/index.ts';

/** The nation and the areas OEWS publishes state wages for: the 50 states and DC. */
const AREAS = new Set(
  ('US AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH ' +
    'NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY').split(' '),
);

const ONET_CODE = /^\d{2}-\d{4}\.\d{2}$/;

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

/** The `location` attribute as `US` or a state code (any case), else a DataError. */
export function areaCode(value: string | null | undefined, lang: Lang): string {
  const area = (value?.trim() || 'US').toUpperCase();
  if (!AREAS.has(area)) {
    throw new DataError('invalid-attribute', common(lang).invalidLocation(value ?? ''), {
      attribute: 'location',
    });
  }
  return area;
}
