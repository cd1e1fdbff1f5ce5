import { css } from 'lit';

/**
 * `<siar-videos>`' start-up styles: host tokens and what the first frame (heading, skeleton)
 * needs — the grid, list and carousel geometry, the carousel's button row, the frames and the
 * fixed title and meta boxes, so nothing shifts when the videos arrive. What only real videos have
 * (facades, play button, players, durations, carousel buttons, the title link) is in
 * view.styles.ts, adopted with the video templates.
 */
export const videosStyles = css`
  :host {
    --_columns-min: var(--siar-videos-columns-min, 15rem);
    --_play: var(--siar-videos-play-color, #c4302b);
    font-size: 1rem;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_columns-min)), 1fr));
    align-items: start;
  }
  /* minmax(0, 1fr), not 1fr: a one-line meta (views · date · source) must not widen the column
     past a narrow slot; it is cut with an ellipsis instead. */
  .layout-list .list {
    grid-template-columns: minmax(0, 1fr);
  }
  .featured {
    grid-column: 1 / -1;
  }
  .layout-carousel .list {
    grid-auto-flow: column;
    grid-template-columns: none;
    grid-auto-columns: min(80%, var(--_columns-min));
    overflow-x: auto;
    scroll-snap-type: x mandatory;
    overscroll-behavior-x: contain;
    padding-bottom: 0.5rem;
  }
  .layout-carousel .item {
    scroll-snap-align: start;
  }
  .nav {
    min-height: 44px;
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-bottom: 0.5rem;
  }
  .frame {
    position: relative;
    overflow: hidden;
    border-radius: var(--_radius);
    background: #000;
  }
  .ratio-16-9 {
    aspect-ratio: 16 / 9;
  }
  .frame.bone {
    height: auto;
  }
  /* A vertical video (Short, Reel, TikTok) keeps its 9:16 frame, centred, no taller than 36rem;
     24rem in a slot narrower than 30rem, so a sidebar is not one 300 × 530px video. (Kept here
     with the 16:9 frame: scripts/docs.mjs reads the slot breakpoint from this file.) */
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
  /* Fixed boxes under the frame (two title lines, one meta line), so every 16:9 item is as tall
     as its skeleton. */
  .title {
    margin: 0.5rem 0 0;
    font-weight: 600;
    line-height: 1.35;
    height: 2.7em;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .title .bone.line,
  .meta .bone.line {
    margin: 0.1em 0;
  }
  /* Whole at start-up: the skeleton's meta box is this box, and overflow: hidden keeps its bone's
     margin from collapsing through it (the bone would move 1.4px when the view's styles arrive). */
  .meta {
    margin: 0.125rem 0 0;
    font-size: 0.875rem;
    line-height: 1.5;
    height: 1.5em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    color: var(--_muted);
  }
`;
