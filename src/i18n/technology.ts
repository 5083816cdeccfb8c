import { strings } from './index.ts';

export const technologyText = strings({
  en: {
    heading: 'Technology skills: software you might use',
    hot: 'Hot technology',
    hotNote: 'Hot technology: often named in employers’ job postings.',
    showAll: (n: string) => `Show all ${n} kinds of technology`,
    showFewer: 'Show fewer kinds of technology',
    none: 'O*NET has not listed technology skills for this occupation yet.',
  },
  es: {
    heading: 'Habilidades tecnológicas: programas que podría usar',
    hot: 'Tecnología en auge',
    hotNote: 'Tecnología en auge: aparece a menudo en las ofertas de empleo de los empleadores.',
    showAll: (n: string) => `Mostrar los ${n} tipos de tecnología`,
    showFewer: 'Mostrar menos tipos de tecnología',
    none: 'O*NET todavía no ha publicado las habilidades tecnológicas de esta ocupación.',
  },
});
