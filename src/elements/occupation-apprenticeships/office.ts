/**
 * One apprenticeship office as a list item: its name, address, phone (a `tel:` link) and the
 * person to ask (phone and email linked). CareerOneStop's text stays in English, marked so.
 */
import { html, nothing } from 'lit';
import type { ApprenticeshipsDocument } from '../../data/schema.ts';
import type { Messages } from '../../i18n/index.ts';

type Office = ApprenticeshipsDocument['offices'][number];
type Labels = Messages['apprenticeships'];

/**
 * A `tel:` URL from a number as the source writes it ("(415) 555-0142 ext. 3"): the digits before
 * any extension, with the US country code for a 10-digit number; null when too few digits to dial.
 */
export function telHref(phone: string): string | null {
  const digits = phone.split(/\s*(?:ext\.?|x|#)\s*\d/i)[0]!.replace(/\D/g, '');
  if (digits.length === 10) return `tel:+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `tel:+${digits}`;
  return digits.length >= 7 ? `tel:${digits}` : null;
}

const phoneLink = (phone: string) => {
  const href = telHref(phone);
  return href ? html`<a part="link" href=${href}>${phone}</a>` : phone;
};

function address(a: NonNullable<Office['address']>) {
  const place = [a.city, [a.state, a.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const lines = place ? [...a.lines, place] : a.lines;
  return html`<address lang="en">${lines.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}</address>`;
}

function contact(c: NonNullable<Office['contact']>, t: Labels) {
  const who = [c.name, c.title].filter(Boolean).join(', ');
  const parts = [
    who ? html`<span lang="en">${who}</span>` : null,
    c.phone ? phoneLink(c.phone) : null,
    c.email ? html`<a part="link" href=${`mailto:${c.email}`}>${c.email}</a>` : null,
  ].filter((p) => p !== null);
  return html`<span>${t.contact} ${parts.map((p, i) => html`${i ? ' · ' : nothing}${p}`)}</span>`;
}

export function officeItem(o: Office, t: Labels) {
  return html`<li>
    <strong lang="en">${o.name}</strong>
    ${o.address ? address(o.address) : nothing}
    ${o.phone ? html`<span>${t.phone} ${phoneLink(o.phone)}</span>` : nothing}
    ${o.contact ? contact(o.contact, t) : nothing}
  </li>`;
}
