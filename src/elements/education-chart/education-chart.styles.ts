import { css } from 'lit';

export const educationChartStyles = css`
  /* chart.js sizes the canvas to this box: full width, a height that grows with the labels' lines. */
  .chart {
    position: relative;
    width: 100%;
    height: calc(var(--lines, 10) * 1.15em + 2.5em);
  }
  canvas {
    max-width: 100%;
  }
  details {
    margin-block-start: calc(var(--_space) / 2);
  }
  summary {
    cursor: pointer;
    padding-block: 0.6em;
    color: var(--_accent);
  }
  p.note {
    margin: calc(var(--_space) / 2) 0 0;
    font-size: 0.9em;
  }
`;
