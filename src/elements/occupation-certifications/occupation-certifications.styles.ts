// The certifications list looks as the licenses list does: one set of rules for both.
export { liveListStyles as occupationCertificationsStyles } from '../occupation-licenses/live-list.styles.ts';
