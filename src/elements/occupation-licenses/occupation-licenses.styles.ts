export { liveListStyles as occupationLicensesStyles } from './live-list.styles.ts';
