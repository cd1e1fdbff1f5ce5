import { SiarReleases } from './releases.component.js';
import { define } from '../../internal/define.js';

export { SiarReleases };
define('siar-releases', SiarReleases);

declare global {
  interface HTMLElementTagNameMap {
    'siar-releases': SiarReleases;
  }
}
