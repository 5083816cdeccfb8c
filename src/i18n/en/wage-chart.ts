export const wageChart = {
  heading: 'Wage range: what do most workers earn?',
  rate: { annual: 'annual', hourly: 'hourly' } as Record<'annual' | 'hourly', string>,
  chartLabel: (rate: string, places: string) => `Range chart of ${rate} wages. ${places}`,
  labelPlace: (place: string, median: string, p25: string, p75: string, p10: string, p90: string) =>
    `${place}: median ${median}; middle half ${p25} to ${p75}; 10th to 90th percentile ${p10} to ${p90}.`,
  legend: 'Band: 10th to 90th percentile. Box: 25th to 75th. Line: median.',
  withheld: 'BLS withholds percentiles for a place not drawn; the table shows what it publishes.',
};
