import type { Meta } from '@storybook/web-components-vite';
import { CODES, controls, states, widget, type Story } from './helpers.ts';
import { LIVE_CODE, liveWidget } from './live-sample.ts';

const SECTIONS = 'description,video,also-known-as,outlook,wages,education,certifications,licenses,programs,typical-education,activities,knowledge,skills,abilities,interests,technology,related';

const meta: Meta = {
  title: 'Elements/occupation-profile',
  component: 'occupation-profile',
  render: (args) => widget('occupation-profile', args),
  args: { code: CODES.recordsSpecialists, location: 'CA' },
  argTypes: {
    ...controls,
    variant: { control: 'inline-radio', options: ['full', 'card'] },
    sections: { control: 'text', description: `Comma-separated, in the order wanted: \`${SECTIONS}\`.` },
  },
};
export default meta;

/** The whole profile, California wages beside the nation's, as on the demo's program page. */
export const Full: Story = {};

/** The compact card for a program page's sidebar, linking to a full profile page. */
export const Card: Story = {
  args: { variant: 'card', 'profile-href': '/careers/{code}', 'heading-level': 3 },
  render: (args) => {
    const box = document.createElement('div');
    box.style.maxWidth = '22rem';
    box.append(widget('occupation-profile', args));
    return box;
  },
};

/**
 * Without `profile-href`, "View the full profile" opens it in a modal dialog (focus moves in and
 * returns to the button; Escape closes it). A page that handles `occupation-select` itself calls
 * `preventDefault()`.
 */
export const CardWithDialog: Story = {
  args: { variant: 'card', code: CODES.medicalAssistants, 'heading-level': 3 },
  render: Card.render,
};

/**
 * Choose a related occupation: the profile shows it with "Back to Medical Records Specialists",
 * and keeps the trail over several steps.
 */
export const WayBack: Story = { args: { sections: 'description,related' } };

/**
 * With `history="career"`, each occupation chosen is a step of the page's history: Back and
 * Forward move between them, and `?career=31-9092.00` opens that one on reload.
 */
export const History: Story = { args: { sections: 'description,related', history: 'career' } };

/** O*NET has not rated Medical Records Specialists: one line says so where the ratings would be. */
export const NotRated: Story = { args: { sections: 'description,typical-education,knowledge,skills,abilities' } };

/** `sections` chooses the sections and their order. */
export const ChosenSections: Story = { args: { code: CODES.medicalAssistants, location: 'TX', sections: 'wages,outlook,description' } };

/** Under the host page's own h3: the title is an h4, its sections h5. */
export const HeadingLevel: Story = { args: { 'heading-level': 4, sections: 'description,wages' } };

/** `theme="auto"`: dark when the reader prefers dark, whatever the page says (unset: only where the page supports dark). */
export const Auto: Story = { args: { theme: 'auto', sections: 'description,wages', code: CODES.medicalAssistants } };

export const Dark: Story = { args: { theme: 'dark', sections: 'description,outlook,wages,typical-education' , code: CODES.medicalAssistants } };

/** Interface in Spanish; O*NET's own texts stay in English, and the profile says so. */
export const Spanish: Story = { args: { lang: 'es', sections: 'description,outlook,wages' } };

/** Teachers: BLS publishes annual wages only, so there is no hourly switch. */
export const AnnualOnlyWages: Story = { args: { code: CODES.teachers, sections: 'description,wages' } };

/** Home Health Aides: BLS's wages are for the broader SOC 31-1120, and the table says so. */
export const AggregateWages: Story = { args: { code: CODES.homeHealthAides, sections: 'description,wages' } };

export const InvalidCode: Story = states.invalidCode;
export const NotFound: Story = states.notFound;
export const DeadEndpoint: Story = states.deadEndpoint;
export const UnknownSection: Story = { args: { sections: 'description,salary' } };

export const Loading: Story = states.loading;

/**
 * Sections missing: "Education Administrators, All Other" is one O*NET does not profile (no
 * tasks, knowledge, skills, interests or technology), so the profile shows only what it has.
 */
export const SectionsMissing: Story = { args: { code: '11-9039.00' } };

/** At 320 px, the narrowest phone the widgets are made for. */
export const Narrow320: Story = { ...states.narrow, args: { sections: 'description,outlook,wages,typical-education' } };

/**
 * `structured-data`: the profile adds a schema.org Occupation JSON-LD block right after itself
 * in the page, for search engines (see the page's DOM, not the rendering).
 */
export const StructuredData: Story = { args: { 'structured-data': true, variant: 'card' } };

/**
 * On a live endpoint (the proxy in tools/proxy) with a ZIP code: the video, certifications and
 * licenses sections, and the wages of the metro area CareerOneStop places the ZIP code in. A
 * sample live endpoint made in the browser from the proxy tests' fake answers (stories/live-sample.ts).
 */
export const LiveEndpoint: Story = {
  args: { code: LIVE_CODE, location: '94110', sections: 'description,video,wages,certifications,licenses' },
  render: (args) => liveWidget('occupation-profile', args),
};
