import { css } from 'lit';

export const wageChartStyles = css`
  /* chart.js sizes the canvas to this box: full width, a row per place and room for the axis. */
  .chart {
    position: relative;
    width: 100%;
    height: calc(var(--rows, 2) * 3.6em + 2.5em);
  }
  /* On a phone a long area's name takes several lines: taller rows. */
  :host {
    container-type: inline-size;
  }
  @container (max-width: 30rem) {
    .chart {
      height: calc(var(--rows, 2) * 5em + 2.5em);
    }
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
