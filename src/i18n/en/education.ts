import { translate, type Translated } from '../translated.ts';

export const education = {
  heading: 'Education and experience: to get started',
  intro: 'People starting in this career usually have:',
  education: 'Typical education needed for entry',
  experience: 'Work experience in a related occupation',
  training: 'Typical on-the-job training',
  noTypical: 'BLS does not publish typical entry requirements for this occupation.',
  none: 'BLS and O*NET publish no education or experience requirements for this occupation.',
  zoneScale:
    'O*NET groups occupations into five job zones, from 1 (little or no preparation needed) to 5 (extensive preparation needed).',
  zoneEducation: 'Education',
  zoneExperience: 'Experience',
  zoneTraining: 'Training',
  sources: 'Sources:',
  typicalSource: 'typical entry requirements',
  zoneSource: 'job zone',
  /** BLS's typical entry requirement categories (a table per field in other languages). */
  blsValue: (_field: 'education' | 'experience' | 'training', value: string): Translated => translate(null, 0, value),
  zoneName: (_zone: number, name: string): Translated => translate(null, 0, name),
  chartHeading: 'Typical education: how much education do most people in this career have?',
  caption: (title: string) => `Education level needed for the job: ${title} (percent of respondents)`,
  level: 'Education level',
  percent: 'Percent',
  chartLabel: (top: string) => `Bar chart of education levels. Most common: ${top}.`,
  noLevels: 'O*NET has no education ratings for this occupation.',
  showTable: 'Show the figures as a table',
  chartFailed: 'The chart could not be drawn; the table has the same figures.',
  chartSource: 'Source: O*NET, Education, Training, and Experience (required level of education),',
  levelName: (_category: number, label: string): Translated => translate(null, 0, label),
};
