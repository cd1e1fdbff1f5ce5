import { css } from 'lit';

/**
 * `<siar-videos>`' styles for what only real videos have (the carousel's buttons, 9:16 and 1:1
 * frames, thumbnails and players, the facade's play button, durations, the title link): adopted
 * with the video templates (view.ts), when data arrives. The boxes the skeleton and the
 * reservation need (the frame, the title and meta boxes) stay in videos.styles.ts.
 */
export const videosViewStyles = css`
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
  /* A vertical video (Short, Reel, TikTok) keeps its 9:16 frame, centred, no taller than 36rem;
     24rem in a slot narrower than 30rem, so a sidebar is not one 300 × 530px video. */
  .ratio-9-16 {
    --_vertical-max: 36rem;
    aspect-ratio: 9 / 16;
    width: min(100%, calc(var(--_vertical-max) * 9 / 16));
    max-height: var(--_vertical-max);
    margin-inline: auto;
  }
  @container (width < 30rem) {
    .ratio-9-16 {
      --_vertical-max: 24rem;
    }
  }
  .ratio-1-1 {
    aspect-ratio: 1;
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
