import { SiarDirectory } from './directory.component.js';
import { define } from '../../internal/define.js';

export { SiarDirectory };
define('siar-directory', SiarDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'siar-directory': SiarDirectory;
  }
}
