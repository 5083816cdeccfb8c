export const video = {
  heading: 'Career video',
  /** Followed by the video's title (in CareerOneStop's English). */
  watch: 'Watch on CareerOneStop:',
  source: 'Video from CareerOneStop, sponsored by the U.S. Department of Labor.',
};
