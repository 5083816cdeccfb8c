import { strings } from './index.ts';

export const profileText = strings({
  en: {
    code: 'O*NET-SOC code',
    description: 'Description: what do they do?',
    alsoKnownAs: 'Also known as',
    brightOutlook: 'Bright Outlook',
    brightCategory: {
      'Rapid Growth': 'Rapid growth',
      'Numerous Job Openings': 'Numerous job openings',
      'New and Emerging': 'New and emerging',
    } as Record<string, string>,
    medianWage: (place: string) => `Median annual wage, ${place}`,
    outlook: 'Outlook',
    projectedChange: (change: string, years: string) => `${change} employment change, ${years}`,
    typicalEducation: 'Typical education',
    viewProfile: (title: string) => `View the full profile of ${title}`,
    invalidSections: (bad: string, known: string) =>
      `Unknown sections: ${bad}. Use any of: ${known}.`,
    sources: 'Sources',
  },
  es: {
    code: 'Código O*NET-SOC',
    description: 'Descripción: ¿qué hacen?',
    alsoKnownAs: 'También conocido como',
    brightOutlook: 'Perspectiva favorable',
    brightCategory: {
      'Rapid Growth': 'Crecimiento rápido',
      'Numerous Job Openings': 'Numerosas vacantes',
      'New and Emerging': 'Nueva y emergente',
    } as Record<string, string>,
    medianWage: (place: string) => `Salario anual medio, ${place}`,
    outlook: 'Perspectivas',
    projectedChange: (change: string, years: string) => `${change} de cambio en el empleo, ${years}`,
    typicalEducation: 'Educación típica',
    viewProfile: (title: string) => `Ver el perfil completo de ${title}`,
    invalidSections: (bad: string, known: string) =>
      `Secciones desconocidas: ${bad}. Use cualquiera de estas: ${known}.`,
    sources: 'Fuentes',
  },
});
