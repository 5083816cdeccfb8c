import type { Meta } from '@storybook/web-components-vite';
import { CODES, controls, states, widget, type Story } from './helpers.ts';

const meta: Meta = {
  title: 'Elements/wage-table',
  component: 'wage-table',
  render: (args) => widget('wage-table', args),
  args: { code: CODES.recordsSpecialists, location: 'CA' },
  argTypes: { ...controls, rate: { control: 'inline-radio', options: ['annual', 'hourly'] } },
};
export default meta;

/** California beside the nation. */
export const StateAndNation: Story = {};
export const Hourly: Story = { args: { rate: 'hourly' } };
export const Texas: Story = { args: { code: CODES.medicalAssistants, location: 'TX' } };
export const NationOnly: Story = { args: { location: 'US' } };
/** BLS publishes annual wages only for teachers: no hourly switch, and a note. */
export const AnnualOnly: Story = { args: { code: CODES.teachers } };
/** Wages of the broader SOC 31-1120, named under the table. */
export const Aggregate: Story = { args: { code: CODES.homeHealthAides, location: 'TX' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Spanish: Story = { args: { lang: 'es' } };
export const InvalidCode: Story = states.invalidCode;
export const NotFound: Story = states.notFound;
export const DeadEndpoint: Story = states.deadEndpoint;
export const Loading: Story = states.loading;
export const Narrow320: Story = states.narrow;

const area = (args: Record<string, string | number>): Story => ({ args: { code: undefined, location: undefined, ...args } });
/** Every occupation of California: sort any column, filter by title (alternate titles too), download CSV. */
export const AreaTable: Story = area({ area: 'CA' });
/** A SOC group: healthcare support occupations. */
export const Group: Story = area({ area: 'CA', group: '31' });
/** A chosen list, in the page's order, beside the nation. */
export const CodeList: Story = area({
  area: 'CA',
  compare: 'US',
  codes: '29-2072.00,31-9092.00,31-9097.00,29-2061.00',
  columns: 'occupation,employment,p25,median,p75',
});
/** An in-demand list: the 20 occupations with the most openings, national projections. */
export const InDemand: Story = area({
  area: 'CA',
  sort: 'openings',
  order: 'desc',
  limit: 20,
  columns: 'occupation,openings,growth,median,education,bright',
});
export const AreaTableSpanish: Story = area({ area: 'CA', group: '29-2', lang: 'es' });
export const AreaTableDark: Story = area({ area: 'CA', group: '29-2', theme: 'dark' });
