
/** The `kind` attribute of `<occupation-ratings>`. */
export type RatingKind = 'knowledge' | 'skills' | 'abilities' | 'work-activities';

export const ratings = {
  heading: {
    knowledge: 'People in this career often know a lot about:',
    skills: 'People in this career often have these skills:',
    abilities: 'People in this career often have talent in:',
    'work-activities': 'People in this career often spend their work time on:',
  } as Record<RatingKind, string>,
  /** What is not rated yet, completing "O*NET has not rated the … of this occupation yet." */
  what: {
    knowledge: 'knowledge',
    skills: 'skills',
    abilities: 'abilities',
    'work-activities': 'work activities',
  } as Record<RatingKind, string>,
  notRated: (what: string) => `O*NET has not rated the ${what} of this occupation yet.`,
  importance: (value: string) => `Importance ${value} of 5`,
  scale: 'Importance runs from 1 (not important) to 5 (extremely important), as rated by O*NET.',
  lowPrecision: '(low precision)',
  lowPrecisionNote:
    'Low precision: O*NET marks these ratings “Recommend Suppress”, because few people rated them or their answers differed widely. Read them with care.',
  showAll: {
    knowledge: (n: string) => `Show all ${n} areas of knowledge`,
    skills: (n: string) => `Show all ${n} skills`,
    abilities: (n: string) => `Show all ${n} abilities`,
    'work-activities': (n: string) => `Show all ${n} work activities`,
  } as Record<RatingKind, (n: string) => string>,
  showFewer: {
    knowledge: 'Show fewer areas of knowledge',
    skills: 'Show fewer skills',
    abilities: 'Show fewer abilities',
    'work-activities': 'Show fewer work activities',
  } as Record<RatingKind, string>,
  olderRelease: (release: string, main: string) =>
    `These ratings come from ${release}, an older O*NET release than the rest of this information (O*NET ${main}).`,
  otherRelease: (release: string, main: string) =>
    `These ratings come from ${release}, a different O*NET release from the rest of this information (O*NET ${main}).`,
  missingKind: 'Set the kind attribute to knowledge, skills, abilities or work-activities.',
  invalidKind: (value: string) =>
    `“${value}” is not a kind of rating: use knowledge, skills, abilities or work-activities.`,
};
