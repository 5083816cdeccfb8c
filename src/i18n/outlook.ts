import { strings } from './index.ts';

/** `<employment-outlook>`: O*NET Bright Outlook and BLS Employment Projections. */
export const outlookText = strings({
  en: {
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
    openings: 'Projected job openings per year',
    national: (place: string) =>
      `State projections for ${place} are not available from this source: these figures are for the United States.`,
    aggregate: (title: string, soc: string) =>
      `BLS publishes these projections for ${title} (${soc}), a group that includes this occupation.`,
    none: 'BLS does not publish employment projections for this occupation.',
    openingsExplain:
      'Openings include new jobs and jobs left by workers who retire or move to other occupations.',
    source: 'Source:',
  },
  es: {
    heading: 'Perspectivas: ¿habrá empleos?',
    bright: 'Perspectiva favorable: es muy probable que surjan nuevas oportunidades de empleo.',
    brightWhy: 'O*NET la considera una ocupación con perspectiva favorable (Bright Outlook) por:',
    category: {
      'Rapid Growth': ['Crecimiento rápido', 'se prevé que el empleo crezca mucho más que el promedio.'],
      'Numerous Job Openings': ['Numerosas vacantes', 'se prevé un gran número de vacantes.'],
      'New and Emerging': ['Nueva y emergente', 'es una ocupación nueva en una industria en crecimiento.'],
    } as Record<string, [string, string]>,
    caption: (title: string, years: string) => `Empleo proyectado de ${title}, ${years}`,
    measure: 'Indicador',
    base: (year: number) => `Empleo en ${year}`,
    projected: (year: number) => `Empleo proyectado para ${year}`,
    percentChange: (years: string) => `Cambio porcentual, ${years}`,
    openings: 'Vacantes proyectadas por año',
    national: (place: string) =>
      `Esta fuente no ofrece proyecciones para ${place}: las cifras corresponden a todo Estados Unidos.`,
    aggregate: (title: string, soc: string) =>
      `La BLS publica estas proyecciones para ${title} (${soc}), un grupo que incluye esta ocupación.`,
    none: 'La BLS no publica proyecciones de empleo para esta ocupación.',
    openingsExplain:
      'Las vacantes incluyen los empleos nuevos y los que dejan quienes se jubilan o cambian de ocupación.',
    source: 'Fuente:',
  },
});
