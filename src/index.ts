/**
 * occupation-widgets: importing this module registers every element (skipping any tag already
 * defined) and exports the classes, the data client and the endpoint's types.
 */
import { define } from './define.ts';
import { OccupationData } from './elements/occupation-data/occupation-data.ts';
import { WageTable } from './elements/wage-table/wage-table.ts';
import { EmploymentOutlook } from './elements/employment-outlook/employment-outlook.ts';
import { EducationSummary } from './elements/education-summary/education-summary.ts';
import { EducationChart } from './elements/education-chart/education-chart.ts';
import { OccupationPrograms } from './elements/occupation-programs/occupation-programs.ts';
import { OccupationProfile } from './elements/occupation-profile/occupation-profile.ts';
import { OccupationAttribution } from './elements/occupation-attribution/occupation-attribution.ts';
import { OccupationTasks } from './elements/occupation-tasks/occupation-tasks.ts';
import { OccupationRatings } from './elements/occupation-ratings/occupation-ratings.ts';
import { OccupationInterests } from './elements/occupation-interests/occupation-interests.ts';
import { TechnologySkills } from './elements/technology-skills/technology-skills.ts';
import { RelatedOccupations } from './elements/related-occupations/related-occupations.ts';

define('occupation-data', OccupationData);
define('wage-table', WageTable);
define('employment-outlook', EmploymentOutlook);
define('education-summary', EducationSummary);
define('education-chart', EducationChart);
define('occupation-programs', OccupationPrograms);
define('occupation-profile', OccupationProfile);
define('occupation-attribution', OccupationAttribution);
define('occupation-tasks', OccupationTasks);
define('occupation-ratings', OccupationRatings);
define('occupation-interests', OccupationInterests);
define('technology-skills', TechnologySkills);
define('related-occupations', RelatedOccupations);

export { OccupationData, WageTable };
export { EmploymentOutlook, EducationSummary, EducationChart, OccupationPrograms };
export { OccupationProfile, OccupationAttribution };
export { OccupationTasks, OccupationRatings, OccupationInterests, TechnologySkills, RelatedOccupations };
export type { OccupationSelectDetail } from './elements/related-occupations/related-occupations.ts';
export { configure, type PageConfig } from './config.ts';
export { DataClient, type ClientOptions } from './data/client.ts';
export { DataError, type DataErrorKind } from './data/errors.ts';
export type { OccupationErrorDetail } from './controllers/widget-data.ts';
export type * from './data/schema.ts';
