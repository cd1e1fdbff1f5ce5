import type { SVGTemplateResult } from 'lit';
import { PLATFORM_DATA, PLATFORM_NAMES, type Platform, type PlatformData } from './accounts.js';
import { ICONS } from './icons.js';

/**
 * The platforms `<siar-social>` knows, with their icons: what the directory shows beside an
 * agency's accounts. The widget itself reads accounts from `accounts.ts` and loads the icons
 * after start-up (`icons.ts`).
 */

export * from './accounts.js';

export interface PlatformInfo extends PlatformData {
  icon: SVGTemplateResult;
}

export const PLATFORMS: Readonly<Record<Platform, PlatformInfo>> = Object.fromEntries(
  PLATFORM_NAMES.map((p) => [p, { ...PLATFORM_DATA[p], icon: ICONS[p] }]),
) as Record<Platform, PlatformInfo>;
