/** The figures shown beside an occupation in a list (related occupations, a program's careers). */
export const facts = {
  medianWage: (place: string) => `Median annual wage, ${place}`,
  perHour: (amount: string) => `${amount} an hour`,
  noWage: 'BLS publishes no wage estimate here',
  growth: (years: string) => `Projected employment change, United States, ${years}`,
  noGrowth: 'not projected',
  education: 'Typical entry education',
  noEducation: 'not published',
  brightOutlook: 'Bright Outlook',
};
