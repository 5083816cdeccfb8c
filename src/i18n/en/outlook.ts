export const outlook = {
  heading: 'Outlook: will there be jobs?',
  bright: 'Bright Outlook: new job opportunities are very likely in the future.',
  brightWhy: 'O*NET names this a Bright Outlook occupation because of:',
  category: {
    'Rapid Growth': ['Rapid growth', 'employment is projected to grow much faster than average.'],
    'Numerous Job Openings': ['Numerous job openings', 'a large number of job openings is projected.'],
    'New and Emerging': ['New and emerging', 'a new occupation in a growing industry.'],
  } as Record<string, [string, string]>,
  caption: (title: string, years: string) => `Projected employment of ${title}, ${years}`,
  measure: 'Measure',
  base: (year: number) => `Employment, ${year}`,
  projected: (year: number) => `Projected employment, ${year}`,
  percentChange: (years: string) => `Percent change, ${years}`,
  baseOwn: 'Employment, base year',
  projectedOwn: 'Projected employment, end year',
  percentChangeOwn: 'Percent change over the period',
  captionOwn: (title: string) => `Projected employment of ${title}; each column has its own projection period`,
  stateForArea: (area: string, state: string) =>
    `Projections are published for states, not for ${area}: these figures are for ${state}.`,
  otherCycle: (place: string, years: string, nationYears: string) =>
    `The projections for ${place} (${years}) are from another cycle than the nation’s (${nationYears}): compare them with care.`,
  openings: 'Projected job openings per year',
  national: (place: string) =>
    `State projections for ${place} are not available from this source: these figures are for the United States.`,
  aggregate: (title: string, soc: string) =>
    `BLS publishes these projections for ${title} (${soc}), a group that includes this occupation.`,
  none: 'BLS does not publish employment projections for this occupation.',
  openingsExplain: 'Openings include new jobs and jobs left by workers who retire or move to other occupations.',
  source: 'Source:',
};
