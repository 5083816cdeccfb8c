/**
 * The figures shown under an occupation in a list (`<related-occupations show>`,
 * `<program-careers>`): the area's median wage, the nation's projected change, typical entry
 * education and Bright Outlook, as a small description list that wraps at any width.
 */
import { html, nothing } from 'lit';
import { wagesFor, type AreaFacts } from './area-facts.ts';
import { money, percent, wage } from '../format/index.ts';
import { lookup, type Lang, type Messages } from '../i18n/index.ts';

export interface FactsWanted {
  wage: boolean;
  outlook: boolean;
  /** Typical entry education and Bright Outlook (a program's careers). */
  education: boolean;
}

export function careerFacts(facts: AreaFacts, code: string, want: FactsWanted, t: Pick<Messages, 'education' | 'facts' | 'profile'>, lang: Lang) {
  const f = t.facts;
  const row = facts.summary?.get(code);
  const items: unknown[] = [];
  if (want.wage) {
    const w = wagesFor(facts, code);
    let value: string = f.noWage;
    if (w && w.hourlyOnly && typeof w.hourly.median === 'number') value = f.perHour(money(w.hourly.median, lang, 'hourly'));
    else if (w) value = wage(w.annual.median, lang, 'annual');
    items.push(html`<div><dt>${f.medianWage(facts.areaName)}:</dt> <dd class="figure">${value}</dd></div>`);
  }
  if (want.outlook) {
    const change = row?.percentChange;
    items.push(html`<div><dt>${f.growth(facts.years)}:</dt> <dd class="figure">
      ${change === null || change === undefined ? f.noGrowth : percent(change, lang, true)}</dd></div>`);
  }
  if (want.education) {
    const education = row?.education ? t.education.blsValue('education', row.education) : null;
    items.push(html`<div><dt>${f.education}:</dt> <dd lang=${education?.english ? 'en' : nothing}>
      ${education ? education.text : f.noEducation}</dd></div>`);
  }
  const bright = want.outlook || want.education ? row?.brightOutlook ?? [] : [];
  if (bright.length) {
    items.push(html`<div><dt class="badge" part="badge">${f.brightOutlook}:</dt> <dd>
      ${bright.map((c) => lookup(t.profile.brightCategory, c) ?? c).join(', ')}</dd></div>`);
  }
  return items.length ? html`<dl class="facts" part="facts">${items}</dl>` : nothing;
}
