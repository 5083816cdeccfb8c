import type { Messages } from '../en.ts';

export const facts: Messages['facts'] = {
  medianWage: (place: string) => `Salario anual mediano, ${place}`,
  perHour: (amount: string) => `${amount} por hora`,
  noWage: 'El BLS no publica una estimación salarial aquí',
  growth: (years: string) => `Cambio previsto del empleo, Estados Unidos, ${years}`,
  noGrowth: 'sin proyección',
  education: 'Educación típica para empezar',
  noEducation: 'no publicada',
  brightOutlook: 'Bright Outlook (buenas perspectivas)',
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default facts;
