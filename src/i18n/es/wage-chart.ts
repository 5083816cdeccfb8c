import type { Messages } from '../en.ts';

export const wageChart: Messages['wageChart'] = {
  heading: 'Rango salarial: ¿cuánto gana la mayoría de los trabajadores?',
  rate: { annual: 'anuales', hourly: 'por hora' },
  chartLabel: (rate: string, places: string) => `Gráfico de rangos de salarios ${rate}. ${places}`,
  labelPlace: (place: string, median: string, p25: string, p75: string, p10: string, p90: string) =>
    `${place}: mediana ${median}; mitad central de ${p25} a ${p75}; del percentil 10 al 90, de ${p10} a ${p90}.`,
  legend: 'Banda: del percentil 10 al 90. Caja: del 25 al 75. Línea: mediana.',
  withheld: 'La BLS no publica percentiles de un lugar no dibujado; la tabla muestra lo que publica.',
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default wageChart;
