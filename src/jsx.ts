/**
 * JSX typings for React 19, which sets a custom element's properties and listens to its events
 * natively: `import type {} from 'occupation-widgets/jsx'` once, then
 * `<occupation-profile code="29-2072.00" headingLevel={3} onoccupation-load={(e) => …} />`.
 * React 19 adds a listener for a prop `on` + the exact event name, so the event props are
 * lower case: `onoccupation-load`, `onoccupation-error`, `onoccupation-select`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CareerVideo } from './elements/career-video/career-video.component.ts';
import type { EducationChart } from './elements/education-chart/education-chart.component.ts';
import type { EducationSummary } from './elements/education-summary/education-summary.component.ts';
import type { EmploymentOutlook } from './elements/employment-outlook/employment-outlook.component.ts';
import type { OccupationAttribution } from './elements/occupation-attribution/occupation-attribution.component.ts';
import type { OccupationCertifications } from './elements/occupation-certifications/occupation-certifications.component.ts';
import type { OccupationData } from './elements/occupation-data/occupation-data.component.ts';
import type { OccupationLicenses } from './elements/occupation-licenses/occupation-licenses.component.ts';
import type { OccupationApprenticeships } from './elements/occupation-apprenticeships/occupation-apprenticeships.component.ts';
import type { OccupationInterests } from './elements/occupation-interests/occupation-interests.component.ts';
import type { OccupationProfile } from './elements/occupation-profile/occupation-profile.component.ts';
import type { OccupationPrograms } from './elements/occupation-programs/occupation-programs.component.ts';
import type { OccupationRatings } from './elements/occupation-ratings/occupation-ratings.component.ts';
import type { OccupationTasks } from './elements/occupation-tasks/occupation-tasks.component.ts';
import type { OccupationSelectDetail, RelatedOccupations } from './elements/related-occupations/related-occupations.component.ts';
import type { TechnologySkills } from './elements/technology-skills/technology-skills.component.ts';
import type { WageTable } from './elements/wage-table/wage-table.component.ts';
import type { OccupationErrorDetail } from './runtime/data-controller.ts';

/** The events every widget fires, as React 19 props. */
export interface OccupationEventProps {
  'onoccupation-load'?: (event: CustomEvent<Record<string, unknown>>) => void;
  'onoccupation-error'?: (event: CustomEvent<OccupationErrorDetail>) => void;
}

/** A widget's props: the standard HTML ones, the chosen properties of its class, its events. */
export type WidgetProps<E extends HTMLElement, K extends keyof E> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Partial<Pick<E, K>> &
  OccupationEventProps;

type Shared = 'endpoint' | 'headingLevel' | 'theme';
type Coded = Shared | 'code';
type Located = Coded | 'location';
type Selecting = { 'onoccupation-select'?: (event: CustomEvent<OccupationSelectDetail>) => void };

export interface OccupationWidgetsElements {
  'occupation-data': DetailedHTMLProps<HTMLAttributes<OccupationData>, OccupationData> &
    Partial<Pick<OccupationData, 'endpoint' | 'location' | 'client'>>;
  'occupation-profile': WidgetProps<
    OccupationProfile,
    Located | 'variant' | 'sections' | 'profileHref' | 'hrefTemplate' | 'programHref' | 'structuredData'
  > &
    Selecting;
  'wage-table': WidgetProps<WageTable, Located | 'rate'>;
  'employment-outlook': WidgetProps<EmploymentOutlook, Located>;
  'education-summary': WidgetProps<EducationSummary, Coded>;
  'education-chart': WidgetProps<EducationChart, Coded>;
  'occupation-programs': WidgetProps<OccupationPrograms, Coded | 'programHref'>;
  'occupation-attribution': WidgetProps<OccupationAttribution, Shared | 'sources' | 'compact'>;
  'occupation-tasks': WidgetProps<OccupationTasks, Coded | 'limit'>;
  'occupation-ratings': WidgetProps<OccupationRatings, Coded | 'kind' | 'limit'>;
  'occupation-interests': WidgetProps<OccupationInterests, Coded>;
  'technology-skills': WidgetProps<TechnologySkills, Coded | 'limit'>;
  'related-occupations': WidgetProps<RelatedOccupations, Coded | 'hrefTemplate' | 'limit'> & Selecting;
  'career-video': WidgetProps<CareerVideo, Coded>;
  'occupation-certifications': WidgetProps<OccupationCertifications, Coded>;
  'occupation-licenses': WidgetProps<OccupationLicenses, Located>;
  'occupation-apprenticeships': WidgetProps<OccupationApprenticeships, Located>;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends OccupationWidgetsElements {}
  }
}
