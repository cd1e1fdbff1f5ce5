// FeedController's view option: a widget's item templates load beside its data. What a reader sees
// when they cannot load, and that the warm-up runs before the data is rendered.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { SiarElement } from '../../src/internal/base-element.js';
import { FeedController } from '../../src/internal/feed-controller.js';
import { renderError } from '../../src/internal/states.js';
import type { LoadedFeed } from '../../src/feed/load.js';

const FEED = { url: 'https://contohprov.go.id/feed', fetchedAt: new Date(), source: 'network', items: [] } as unknown as LoadedFeed;

let viewFails = true;
const steps: string[] = [];

class TestWidget extends SiarElement {
  readonly feeds = new FeedController(this, {
    urls: () => ['https://contohprov.go.id/feed'],
    loader: async () => {
      steps.push('data');
      return FEED;
    },
    view: async () => {
      steps.push('view');
      if (viewFails) throw new TypeError('Failed to fetch dynamically imported module');
    },
    // A warm-up of several tasks: the data waits for its end.
    warmUp: async () => {
      steps.push('warm-up');
      await new Promise((resolve) => setTimeout(resolve, 20));
      steps.push('warm');
    },
    count: () => 1,
  });

  protected override render(): TemplateResult {
    return this.feeds.task.render({
      initial: () => litHtml`<p>loading</p>`,
      pending: () => litHtml`<p>loading</p>`,
      complete: () => litHtml`<p part="done">${steps.join(',')}</p>`,
      error: () => renderError(this, this.feeds, 'https://contohprov.go.id/feed'),
    }) as TemplateResult;
  }
}
customElements.define('test-feed-view', TestWidget);

describe('FeedController view', () => {
  beforeEach(() => (steps.length = 0));

  it('a view that cannot load ends in the localized network error, with retry and the source link', async () => {
    viewFails = true;
    const el = await fixture<TestWidget>(html`<test-feed-view></test-feed-view>`);
    const event = await oneEvent(el, 'siar-error');
    expect(event.detail.kind).to.equal('network');
    expect(el.state).to.equal('error');
    const text = el.shadowRoot!.querySelector('[part="error"]')!.textContent!;
    expect(text).to.contain('Sumber informasi tidak dapat dihubungi');
    expect(el.shadowRoot!.querySelector('[part="retry-button"]')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="source-link"]')!.href).to.equal('https://contohprov.go.id/feed');
    // The warm-up never runs for a view that did not arrive.
    expect(steps).to.not.include('warm-up');

    // The retry loads the view again, warms it, then shows the data.
    viewFails = false;
    const loaded = oneEvent(el, 'siar-load');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await loaded;
    expect(el.state).to.equal('ready');
    const after = el.shadowRoot!.querySelector('[part="done"]')!.textContent!.split(',');
    expect(after).to.include.members(['view', 'warm-up', 'warm', 'data']);
    expect(after.indexOf('warm-up')).to.be.above(after.lastIndexOf('view'));
    // Rendered only after the whole warm-up (the text was written at the render).
    expect(after.at(-1)).to.equal('warm');
  });
});
