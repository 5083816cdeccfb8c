import { invalidAttribute } from './errors.ts';

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

/** The `code` attribute as an O*NET-SOC code, else an invalid-attribute DataError. */
export function onetCode(value: string | null | undefined): string {
  const code = value?.trim() ?? '';
  if (!code) {
    throw invalidAttribute('code', '', 'the code attribute is missing: set an O*NET-SOC code such as 29-2072.00', (t) => t.common.missingCode);
  }
  if (!ONET_CODE.test(code)) {
    throw invalidAttribute('code', code, `code "${code}" is not an O*NET-SOC code (like 29-2072.00)`, (t) =>
      t.common.invalidCode(code),
    );
  }
  return code;
}

/**
 * The `location` (or `area`) attribute as `US`, a state code (any case) or a BLS metropolitan or
 * nonmetropolitan area code, else an invalid-attribute DataError.
 */
export function areaCode(value: string | null | undefined, attribute = 'location'): string {
  const area = (value?.trim() || 'US').toUpperCase();
  if (!AREAS.has(area) && !BLS_AREA_CODE.test(area)) {
    const given = value ?? '';
    throw invalidAttribute(attribute, given, `${attribute} "${given}" is not US, a state code such as CA, or a BLS area code`, (t) =>
      t.common.invalidLocation(given),
    );
  }
  return area;
}
