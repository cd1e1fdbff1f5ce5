// A keyboard-only walk through a page with all four widgets: every control is reached with Tab, in
// order, and shows a visible focus indicator.
import { expect, fixture, html, sendKeys } from './keys.js';
import '../src/components/releases/releases.js';
import '../src/components/videos/videos.js';
import '../src/components/directory/directory.js';
import '../src/components/social/social.js';
import '../src/components/province/province.js';
import type { SiarElement } from '../src/internal/base-element.js';
import { fresh, resetFeeds, whenSettled } from './helpers.js';

function deepActive(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

describe('keyboard walkthrough', () => {
  beforeEach(resetFeeds);

  it('reaches every control of every widget with Tab, each with a visible focus ring', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <button id="start">start</button>
      <siar-province profile=${fresh('/__mock/fixture?name=profile/siar.json')}>
        <siar-releases limit="2"></siar-releases>
        <siar-videos thumbnails="local" limit="2"></siar-videos>
        <siar-directory limit="2"></siar-directory>
        <siar-social></siar-social>
      </siar-province>
      <button id="end">end</button>
    </div>`);
    const widgets = [...page.querySelectorAll<SiarElement>('siar-releases, siar-videos, siar-directory')];
    await Promise.all(widgets.map((w) => whenSettled(w)));
    await new Promise((r) => setTimeout(r, 100));
    page.querySelector<HTMLButtonElement>('#start')!.focus();
    const visited: string[] = [];
    for (let i = 0; i < 60; i++) {
      await sendKeys({ press: 'Tab' });
      const el = deepActive()!;
      if (el.id === 'end') break;
      const host = (el.getRootNode() as ShadowRoot).host?.localName ?? 'page';
      visited.push(`${host} ${el.localName}${el.getAttribute('part') ? `[${el.getAttribute('part')}]` : ''}`);
      const style = getComputedStyle(el);
      expect(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2, `focus ring on ${visited.at(-1)}`).to.equal(true);
    }
    const hosts = new Set(visited.map((v) => v.split(' ')[0]));
    expect([...hosts]).to.include.members(['siar-releases', 'siar-videos', 'siar-directory', 'siar-social']);
    expect(visited.filter((v) => v.startsWith('siar-videos') && v.includes('play-button'))).to.have.length(2);
    expect(visited.some((v) => v.startsWith('siar-directory') && v.includes('input'))).to.equal(true);
    expect(visited.filter((v) => v.startsWith('siar-social'))).to.have.length(3);
    // Order follows the page: releases, then videos, then directory, then social.
    const order = visited.map((v) => v.split(' ')[0]).filter((h, i, all) => h !== all[i - 1]);
    expect(order).to.deep.equal(['siar-releases', 'siar-videos', 'siar-directory', 'siar-social']);
  });
});
