import type { Messages } from '../en.ts';

export const profile: Messages['profile'] = {
  code: 'Código O*NET-SOC',
  description: 'Descripción: ¿qué hacen?',
  alsoKnownAs: 'También conocido como',
  showAllTitles: (n: string) => `Mostrar los ${n} títulos`,
  showFewerTitles: 'Mostrar menos títulos',
  brightOutlook: 'Perspectiva favorable',
  brightCategory: {
    'Rapid Growth': 'Crecimiento rápido',
    'Numerous Job Openings': 'Numerosas vacantes',
    'New and Emerging': 'Nueva y emergente',
  },
  // The median, as the wage table says ("Mediana"): "salario medio" would be the mean.
  medianWageHere: 'Salario anual (mediana)',
  medianWage: (place: string) => `Salario anual (mediana), ${place}`,
  outlook: 'Perspectivas',
  projectedChange: (change: string, place: string, years: string) => `${change} de cambio en el empleo (${place}, ${years})`,
  typicalEducation: 'Educación típica',
  viewProfile: (title: string) => `Ver el perfil completo de ${title}`,
  invalidSections: (bad: string, known: string) => `Secciones desconocidas: ${bad}. Use cualquiera de estas: ${known}.`,
  sources: 'Fuentes',
  educationLevels: 'los niveles de educación',
  trail: 'Ocupaciones que ha visto',
  backTo: 'Volver a',
  close: 'Cerrar',
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default profile;
