/**
 * On a blank page (web-test-runner gives each test file its own), importing one element's module
 * registers that element only; the profile's module registers what the profile renders.
 */
import { expect } from '@open-wc/testing';
import { WageTable } from '../../src/elements/wage-table/wage-table.ts';
import { OccupationTasks } from '../../src/elements/occupation-tasks/occupation-tasks.component.ts';
import { ENDPOINT, mount } from './helpers.ts';

const ALL = [
  'occupation-data', 'occupation-profile', 'wage-table', 'employment-outlook', 'education-summary',
  'education-chart', 'occupation-programs', 'occupation-attribution', 'occupation-tasks',
  'occupation-ratings', 'occupation-interests', 'technology-skills', 'related-occupations',
  'occupation-search', 'program-careers', 'career-video', 'occupation-certifications', 'occupation-licenses',
  'occupation-apprenticeships',
];
const defined = () => ALL.filter((tag) => customElements.get(tag));

describe('per-element modules', () => {
  it('registers <wage-table> alone when its module is imported', () => {
    expect(customElements.get('wage-table')).to.equal(WageTable);
    expect(defined()).to.deep.equal(['wage-table']);
  });

  it('registers nothing when a class module is imported', () => {
    expect(OccupationTasks.name).to.equal('OccupationTasks');
    expect(customElements.get('occupation-tasks')).to.equal(undefined);
  });

  it('registers the profile with the attribution a card renders, and its sections with the first full profile', async () => {
    await import('../../src/elements/occupation-profile/occupation-profile.ts');
    // A page with cards only never downloads the full profile's sections.
    expect(defined()).to.deep.equal(['occupation-profile', 'wage-table', 'occupation-attribution']);
    await mount('occupation-profile', { code: '29-2072.00', variant: 'card', endpoint: ENDPOINT });
    expect(defined()).to.deep.equal(['occupation-profile', 'wage-table', 'occupation-attribution']);
    const { el } = await mount('occupation-profile', { code: '29-2072.00', endpoint: ENDPOINT });
    // The live-only sections are imported once a live endpoint serves them (occupation-profile/live-sections.ts).
    const notRendered = ['occupation-data', 'occupation-search', 'program-careers', 'career-video', 'occupation-certifications', 'occupation-licenses',
      'occupation-apprenticeships'];
    expect(defined()).to.deep.equal(ALL.filter((tag) => !notRendered.includes(tag)));
    expect(el.shadowRoot!.querySelector('employment-outlook')).to.be.instanceOf(customElements.get('employment-outlook'));
  });

  it('downloads the schemas of the documents a page reads: an area table fetches the area kinds’ module, a card none of the others', async () => {
    const schemaModules = () =>
      performance
        .getEntriesByType('resource')
        .map((e) => /\/src\/data\/schema\/(\w+)\.ts/.exec(e.name)?.[1])
        .filter((name): name is string => !!name && name !== 'base' && name !== 'profile');
    // The cards and the profile above read index, occupation, wages and projections documents only.
    expect(schemaModules()).to.deep.equal([]);
    const { event } = await mount('wage-table', { area: 'CA', group: '29-2', endpoint: ENDPOINT });
    expect(event.type, JSON.stringify(event.detail)).to.equal('occupation-load');
    expect(schemaModules()).to.deep.equal(['area']);
  });
});
