import { strings } from './index.ts';

export const wagesText = strings({
  en: {
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
    explain:
      'Half of the workers in this occupation earn more than the median wage and half earn less.',
    source: (release: string) => `Source: BLS Occupational Employment and Wage Statistics, ${release}.`,
  },
  es: {
    heading: 'Salarios típicos',
    caption: (rate: string, title: string, place: string) => `Salarios (${rate.toLowerCase()}) de ${title} en ${place}`,
    annual: 'Anual',
    hourly: 'Por hora',
    rate: 'Mostrar salarios',
    percentile: 'Percentil',
    p10: 'Percentil 10',
    p25: 'Percentil 25',
    median: 'Mediana',
    p75: 'Percentil 75',
    p90: 'Percentil 90',
    aggregate: (title: string, soc: string) =>
      `La BLS publica estos salarios para ${title} (${soc}), un grupo que incluye esta ocupación.`,
    annualOnly: 'La BLS publica solo salarios anuales para esta ocupación.',
    hourlyOnly: 'La BLS publica solo salarios por hora para esta ocupación.',
    noWages: 'La BLS no publica salarios para esta ocupación.',
    noArea: (place: string) => `La BLS no publica salarios para esta ocupación en ${place}.`,
    explain: 'La mitad de los trabajadores de esta ocupación gana más que la mediana y la otra mitad, menos.',
    source: (release: string) => `Fuente: BLS, Occupational Employment and Wage Statistics, ${release}.`,
  },
});
