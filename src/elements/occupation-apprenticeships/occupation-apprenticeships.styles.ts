import { css } from 'lit';
import { liveListStyles } from '../occupation-licenses/live-list.styles.ts';

/** The live lists' rules, and an office's address and contact lines. */
export const occupationApprenticeshipsStyles = [
  liveListStyles,
  css`
    .level {
      font-size: 1em;
      margin: var(--_space) 0 calc(var(--_space) / 2);
    }
    address {
      font-style: normal;
    }
    a {
      overflow-wrap: anywhere;
    }
    .finder {
      margin: var(--_space) 0 0;
    }
  `,
];
