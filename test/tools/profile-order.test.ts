/**
 * The full profile's sections come in the order of the page it is modelled on: CareerOneStop's
 * Occupation Profile (../shared/reference/occupation-profile-page.txt), each found by its heading.
 * Sections the model page does not have (interests, technology) are placed by the profile alone,
 * and the video too: the page shows it beside the description, its text lists it after the
 * also-known-as titles.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { SECTIONS, type SectionId } from '../../src/elements/occupation-profile/sections.ts';

const page = readFileSync(new URL('../../../shared/reference/occupation-profile-page.txt', import.meta.url), 'utf8');

const HEADINGS: Partial<Record<SectionId, string>> = {
  description: 'Description: what do they do?',
  'also-known-as': 'Also known as:',
  outlook: 'Outlook: will there be jobs?',
  wages: 'Typical wages',
  education: 'Education and experience: to get started',
  programs: 'Programs that can prepare you:',
  'typical-education': 'Typical education',
  certifications: 'Certifications: show your skills',
  licenses: 'Licenses: do you need one?',
  apprenticeships: 'Apprenticeships: learn on the job',
  activities: 'Activities: what you might do in a day',
  knowledge: 'People in this career often know a lot about:',
  skills: 'People in this career often have these skills:',
  abilities: 'People in this career often have talent in:',
  related: 'Related occupations',
};

test('the profile shows its sections in the order of CareerOneStop’s Occupation Profile page', () => {
  const line = (heading: string) => page.split('\n').findIndex((l) => l.trim() === heading);
  const modelled = SECTIONS.filter((id) => HEADINGS[id]);
  for (const id of modelled) assert.notEqual(line(HEADINGS[id]!), -1, `the model page has no heading “${HEADINGS[id]}”`);
  const inPageOrder = [...modelled].sort((a, b) => line(HEADINGS[a]!) - line(HEADINGS[b]!));
  assert.deepEqual(modelled, inPageOrder);
});
