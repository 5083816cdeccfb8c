import { strings } from './index.ts';

/** The `kind` attribute of `<occupation-ratings>`. */
export type RatingKind = 'knowledge' | 'skills' | 'abilities' | 'work-activities';

export const ratingsText = strings({
  en: {
    heading: {
      knowledge: 'People in this career often know a lot about:',
      skills: 'People in this career often have these skills:',
      abilities: 'People in this career often have talent in:',
      'work-activities': 'People in this career often spend their work time on:',
    } satisfies Record<RatingKind, string>,
    /** What is not rated yet, completing "O*NET has not rated the … of this occupation yet." */
    what: {
      knowledge: 'knowledge',
      skills: 'skills',
      abilities: 'abilities',
      'work-activities': 'work activities',
    } satisfies Record<RatingKind, string>,
    notRated: (what: string) => `O*NET has not rated the ${what} of this occupation yet.`,
    importance: (value: string) => `Importance ${value} of 5`,
    scale: 'Importance runs from 1 (not important) to 5 (extremely important), as rated by O*NET.',
    showAll: {
      knowledge: (n: string) => `Show all ${n} areas of knowledge`,
      skills: (n: string) => `Show all ${n} skills`,
      abilities: (n: string) => `Show all ${n} abilities`,
      'work-activities': (n: string) => `Show all ${n} work activities`,
    } satisfies Record<RatingKind, (n: string) => string>,
    showFewer: {
      knowledge: 'Show fewer areas of knowledge',
      skills: 'Show fewer skills',
      abilities: 'Show fewer abilities',
      'work-activities': 'Show fewer work activities',
    } satisfies Record<RatingKind, string>,
    olderRelease: (release: string, main: string) =>
      `These ratings come from ${release}, an older O*NET release than the rest of this information (O*NET ${main}).`,
    otherRelease: (release: string, main: string) =>
      `These ratings come from ${release}, a different O*NET release from the rest of this information (O*NET ${main}).`,
    missingKind: 'Set the kind attribute to knowledge, skills, abilities or work-activities.',
    invalidKind: (value: string) =>
      `“${value}” is not a kind of rating: use knowledge, skills, abilities or work-activities.`,
  },
  es: {
    heading: {
      knowledge: 'Las personas en esta carrera suelen saber mucho de:',
      skills: 'Las personas en esta carrera suelen tener estas habilidades:',
      abilities: 'Las personas en esta carrera suelen tener talento para:',
      'work-activities': 'Las personas en esta carrera suelen dedicar su tiempo de trabajo a:',
    } satisfies Record<RatingKind, string>,
    what: {
      knowledge: 'los conocimientos',
      skills: 'las habilidades',
      abilities: 'las aptitudes',
      'work-activities': 'las actividades laborales',
    } satisfies Record<RatingKind, string>,
    notRated: (what: string) => `O*NET todavía no ha calificado ${what} de esta ocupación.`,
    importance: (value: string) => `Importancia ${value} de 5`,
    scale: 'La importancia va de 1 (nada importante) a 5 (sumamente importante), según O*NET.',
    showAll: {
      knowledge: (n: string) => `Mostrar las ${n} áreas de conocimiento`,
      skills: (n: string) => `Mostrar las ${n} habilidades`,
      abilities: (n: string) => `Mostrar las ${n} aptitudes`,
      'work-activities': (n: string) => `Mostrar las ${n} actividades laborales`,
    } satisfies Record<RatingKind, (n: string) => string>,
    showFewer: {
      knowledge: 'Mostrar menos áreas de conocimiento',
      skills: 'Mostrar menos habilidades',
      abilities: 'Mostrar menos aptitudes',
      'work-activities': 'Mostrar menos actividades laborales',
    } satisfies Record<RatingKind, string>,
    olderRelease: (release: string, main: string) =>
      `Estas calificaciones provienen de ${release}, una versión de O*NET anterior a la del resto de esta información (O*NET ${main}).`,
    otherRelease: (release: string, main: string) =>
      `Estas calificaciones provienen de ${release}, una versión de O*NET distinta de la del resto de esta información (O*NET ${main}).`,
    missingKind: 'Indique en el atributo kind knowledge, skills, abilities o work-activities.',
    invalidKind: (value: string) =>
      `“${value}” no es un tipo de calificación: use knowledge, skills, abilities o work-activities.`,
  },
});
