import { SiarVideos } from './videos.component.js';
import { define } from '../../internal/define.js';

export { SiarVideos };
define('siar-videos', SiarVideos);

declare global {
  interface HTMLElementTagNameMap {
    'siar-videos': SiarVideos;
  }
}
