import { strings } from './index.ts';

export const interestsText = strings({
  en: {
    heading: 'Interests: what kind of work is this?',
    intro: 'How well this work suits people with each of six kinds of interests, best fit first.',
    score: (value: string) => `Score ${value} of 7`,
    scale: 'Scores run from 1 (low) to 7 (high), as rated by O*NET.',
    none: 'O*NET has not rated the interests of this occupation yet.',
  },
  es: {
    heading: 'Intereses: ¿qué tipo de trabajo es?',
    intro: 'Cuánto se ajusta este trabajo a las personas con cada uno de seis tipos de intereses, de mayor a menor.',
    score: (value: string) => `Puntuación ${value} de 7`,
    scale: 'Las puntuaciones van de 1 (baja) a 7 (alta), según O*NET.',
    none: 'O*NET todavía no ha calificado los intereses de esta ocupación.',
  },
});
