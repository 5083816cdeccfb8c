import type { Messages } from '../en.ts';

export const outlook: Messages['outlook'] = {
  heading: 'Perspectivas: ¿habrá empleos?',
  bright: 'Perspectiva favorable: es muy probable que surjan nuevas oportunidades de empleo.',
  brightWhy: 'O*NET la considera una ocupación con perspectiva favorable (Bright Outlook) por:',
  category: {
    'Rapid Growth': ['Crecimiento rápido', 'se prevé que el empleo crezca mucho más rápido que el promedio.'],
    'Numerous Job Openings': ['Numerosas vacantes', 'se prevé un gran número de vacantes.'],
    'New and Emerging': ['Nueva y emergente', 'es una ocupación nueva en una industria en crecimiento.'],
  },
  caption: (title: string, years: string) => `Empleo proyectado de ${title}, ${years}`,
  measure: 'Indicador',
  base: (year: number) => `Empleo en ${year}`,
  projected: (year: number) => `Empleo proyectado para ${year}`,
  percentChange: (years: string) => `Cambio porcentual, ${years}`,
  baseOwn: 'Empleo en el año base',
  projectedOwn: 'Empleo proyectado al final del período',
  percentChangeOwn: 'Cambio porcentual en el período',
  captionOwn: (title: string) => `Empleo proyectado de ${title}; cada columna tiene su propio período de proyección`,
  stateForArea: (area: string, state: string) =>
    `Las proyecciones se publican por estado, no para ${area}: estas cifras son de ${state}.`,
  otherCycle: (place: string, years: string, nationYears: string) =>
    `Las proyecciones de ${place} (${years}) corresponden a un ciclo distinto del de las nacionales (${nationYears}): compárelas con cuidado.`,
  openings: 'Vacantes proyectadas por año',
  national: (place: string) =>
    `Esta fuente no ofrece proyecciones para ${place}: las cifras corresponden a todo Estados Unidos.`,
  aggregate: (title: string, soc: string) =>
    `La BLS publica estas proyecciones para ${title} (${soc}), un grupo que incluye esta ocupación.`,
  none: 'La BLS no publica proyecciones de empleo para esta ocupación.',
  openingsExplain:
    'Las vacantes incluyen los empleos nuevos y los que dejan quienes se jubilan o cambian de ocupación.',
  source: 'Fuente:',
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default outlook;
