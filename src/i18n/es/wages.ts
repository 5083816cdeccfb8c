import type { Messages } from '../en.ts';

export const wages: Messages['wages'] = {
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
  noWhole: (place: string) => `Estos datos no incluyen salarios de ${place} en su conjunto.`,
  estimate: 'estimación',
  estimatesNote: '† Una estimación, no una cifra que publique la BLS:',
  fromAnnual: 'la cifra anual dividida entre 2,080 horas de trabajo (40 horas por semana, 52 semanas), redondeada al centavo',
  explain: 'La mitad de los trabajadores de esta ocupación gana más que la mediana y la otra mitad, menos.',
  source: (release: string) => `Fuente: BLS, Occupational Employment and Wage Statistics, ${release}.`,
  liveArea: (given: string, area: string) => `CareerOneStop sitúa ${given} en ${area}.`,
  liveSource: (year: string) => `Fuente: BLS, Occupational Employment and Wage Statistics ${year}, a través de CareerOneStop.`,
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default wages;
