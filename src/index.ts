/**
 * occupation-widgets: importing this module registers every element (skipping any tag already
 * defined) and exports the classes, the configuration, languages, the data client and the
 * endpoint's types. To register one element only, import its module instead
 * (`occupation-widgets/wage-table.js`).
 */
export { OccupationData } from './elements/occupation-data/occupation-data.ts';
export { OccupationProfile } from './elements/occupation-profile/occupation-profile.ts';
export { WageTable } from './elements/wage-table/wage-table.ts';
export { WageChart } from './elements/wage-chart/wage-chart.ts';
export { OccupationCompare, type OccupationCompareChangeDetail } from './elements/occupation-compare/occupation-compare.ts';
export { EmploymentOutlook } from './elements/employment-outlook/employment-outlook.ts';
export { EducationSummary } from './elements/education-summary/education-summary.ts';
export { EducationChart } from './elements/education-chart/education-chart.ts';
export { OccupationPrograms } from './elements/occupation-programs/occupation-programs.ts';
export { OccupationAttribution } from './elements/occupation-attribution/occupation-attribution.ts';
export { OccupationTasks } from './elements/occupation-tasks/occupation-tasks.ts';
export { OccupationRatings } from './elements/occupation-ratings/occupation-ratings.ts';
export { OccupationInterests } from './elements/occupation-interests/occupation-interests.ts';
export { TechnologySkills } from './elements/technology-skills/technology-skills.ts';
export { AreaPicker, type AreaChangeDetail } from './elements/area-picker/area-picker.ts';
export { RelatedOccupations, type OccupationSelectDetail } from './elements/related-occupations/related-occupations.ts';
export { OccupationSearch, type ProgramSelectDetail, type SearchKind } from './elements/occupation-search/occupation-search.ts';
export { ProgramCareers } from './elements/program-careers/program-careers.ts';
export { CareerVideo } from './elements/career-video/career-video.ts';
export { OccupationCertifications } from './elements/occupation-certifications/occupation-certifications.ts';
export { OccupationLicenses } from './elements/occupation-licenses/occupation-licenses.ts';
export { OccupationApprenticeships } from './elements/occupation-apprenticeships/occupation-apprenticeships.ts';
export { OccupationElement, OccupationCodeElement, LocatedOccupationElement } from './runtime/occupation-element.ts';
export type { OccupationErrorDetail } from './runtime/data-controller.ts';
export { configure, type PageConfig } from './config.ts';
export { registerMessages, type Messages, type PartialMessages } from './i18n/index.ts';
export { DataClient, type ClientOptions } from './data/client.ts';
export type { DocumentSource, DocumentRequest } from './data/sources/static.ts';
export { StaticSource } from './data/sources/static.ts';
export { DataError, type DataErrorKind } from './data/errors.ts';
export { VERSION } from './version.ts';
export type * from './data/schema.ts';
