import { SiarSocial } from './social.component.js';
import { define } from '../../internal/define.js';

export { SiarSocial };
define('siar-social', SiarSocial);

declare global {
  interface HTMLElementTagNameMap {
    'siar-social': SiarSocial;
  }
}
