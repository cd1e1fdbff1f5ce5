import { css } from 'lit';
import { resultStyles } from '../../internal/results.js';

/**
 * `<siar-videos>`' styles for what only real videos have (the carousel's buttons, thumbnails and
 * players, the facade's play button, durations, the title link): adopted with the video templates
 * (view.ts), when data arrives. The boxes the skeleton and the reservation need (the frames, the
 * title and meta boxes) stay in videos.styles.ts.
 */
export const videosViewStyles = css`
  ${resultStyles}
  .nav button {
    min-width: 44px;
    min-height: 44px;
    font: inherit;
    font-size: 1.5rem;
    line-height: 1;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .thumb,
  .player {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    border: 0;
    object-fit: cover;
  }
  .placeholder {
    background: var(--_subtle);
  }
  .play {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    border: 0;
    padding: 0;
    background: transparent;
    cursor: pointer;
  }
  .play svg {
    width: 68px;
    height: 48px;
  }
  .play-bg {
    fill: #212121;
    fill-opacity: 0.8;
  }
  .play:hover .play-bg,
  .play:focus-visible .play-bg {
    fill: var(--_play);
    fill-opacity: 1;
  }
  .play-icon {
    fill: #fff;
  }
  .play:focus-visible {
    outline-offset: -4px;
  }
  .duration {
    position: absolute;
    right: 0.5rem;
    bottom: 0.5rem;
    padding: 0 0.375rem;
    border-radius: 4px;
    background: rgb(0 0 0 / 0.8);
    color: #fff;
    font-size: 0.8125rem;
  }
  .title a:focus-visible {
    outline-offset: 0;
  }
  .title a {
    color: var(--_text);
  }
`;
