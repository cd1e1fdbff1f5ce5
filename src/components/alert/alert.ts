import { SiarAlert } from './alert.component.js';
import { define } from '../../internal/define.js';

export { SiarAlert };
define('siar-alert', SiarAlert);

declare global {
  interface HTMLElementTagNameMap {
    'siar-alert': SiarAlert;
  }
}
