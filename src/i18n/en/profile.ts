export const profile = {
  code: 'O*NET-SOC code',
  description: 'Description: what do they do?',
  alsoKnownAs: 'Also known as',
  showAllTitles: (n: string) => `Show all ${n} titles`,
  showFewerTitles: 'Show fewer titles',
  brightOutlook: 'Bright Outlook',
  brightCategory: {
    'Rapid Growth': 'Rapid growth',
    'Numerous Job Openings': 'Numerous job openings',
    'New and Emerging': 'New and emerging',
  } as Record<string, string>,
  medianWageHere: 'Median annual wage',
  medianWage: (place: string) => `Median annual wage, ${place}`,
  outlook: 'Outlook',
  /** The card's outlook: the nation's projection, named as such beside a state's or an area's wage. */
  projectedChange: (change: string, place: string, years: string) => `${change} employment change (${place}, ${years})`,
  typicalEducation: 'Typical education',
  viewProfile: (title: string) => `View the full profile of ${title}`,
  invalidSections: (bad: string, known: string) => `Unknown sections: ${bad}. Use any of: ${known}.`,
  sources: 'Sources',
  /** The O*NET ratings missing, completing ratings.notRated ("the education levels, knowledge, ..."). */
  educationLevels: 'education levels',
  trail: 'Occupations you viewed',
  /** Followed by the occupation's title (in O*NET's English). */
  backTo: 'Back to',
  close: 'Close',
};
