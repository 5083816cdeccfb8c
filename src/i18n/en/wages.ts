export const wages = {
  heading: 'Typical wages',
  caption: (rate: string, title: string, place: string) => `${rate} wages for ${title} in ${place}`,
  annual: 'Annual',
  hourly: 'Hourly',
  rate: 'Show wages',
  percentile: 'Percentile',
  p10: '10th percentile',
  p25: '25th percentile',
  median: 'Median',
  p75: '75th percentile',
  p90: '90th percentile',
  aggregate: (title: string, soc: string) =>
    `BLS publishes these wages for ${title} (${soc}), a group that includes this occupation.`,
  annualOnly: 'BLS publishes only annual wages for this occupation.',
  hourlyOnly: 'BLS publishes only hourly wages for this occupation.',
  noWages: 'BLS does not publish wages for this occupation.',
  noArea: (place: string) => `BLS does not publish wages for this occupation in ${place}.`,
  /** A local area of a territory the endpoint has no figures for as a whole (Puerto Rico). */
  noWhole: (place: string) => `This data has no wages for ${place} as a whole.`,
  estimate: 'estimate',
  estimatesNote: '† An estimate, not a figure BLS publishes:',
  fromAnnual: 'the annual figure divided by 2,080 work hours (40 hours a week, 52 weeks), rounded to the cent',
  explain: 'Half of the workers in this occupation earn more than the median wage and half earn less.',
  source: (release: string) => `Source: BLS Occupational Employment and Wage Statistics, ${release}.`,
  /** A live endpoint: CareerOneStop resolves a ZIP code or a city to a BLS area. */
  liveArea: (given: string, area: string) => `CareerOneStop places ${given} in ${area}.`,
  liveSource: (year: string) => `Source: BLS Occupational Employment and Wage Statistics ${year}, through CareerOneStop.`,
};
