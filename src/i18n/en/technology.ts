export const technology = {
  heading: 'Technology skills: software you might use',
  hot: 'Hot technology',
  hotNote: 'Hot technology: often named in employers’ job postings.',
  showAll: (n: string) => `Show all ${n} kinds of technology`,
  showFewer: 'Show fewer kinds of technology',
  none: 'O*NET has not listed technology skills for this occupation yet.',
};
