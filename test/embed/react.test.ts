// The React example (demo/react/, built by `npm run build` through scripts/build-embed.mjs):
// the `siar/react` wrappers render the elements, pass props, and map events to `on…` props.
import { expect } from '@open-wc/testing';
import { closeFrames, docOf, openFrame, settledIn, titlesOf, waitFor } from './frames.js';

describe('React example (demo/react/)', function () {
  this.timeout(20_000);
  let doc: Document;

  beforeEach(async () => {
    doc = docOf(await openFrame({ src: '/demo/react/index.html', width: 1000, height: 900 }));
  });
  afterEach(closeFrames);

  it('renders the wrapped widgets with their props', async () => {
    const releases = await settledIn(() => doc, '#releases');
    expect(releases.localName).to.equal('siar-releases');
    expect(releases.getAttribute('state')).to.equal('ready');
    const el = releases as HTMLElement & { limit: number; timeZone: string; layout: string };
    // Props were set as properties (a number stays a number).
    expect(el.limit).to.equal(3);
    expect(el.timeZone).to.equal('Asia/Makassar');
    expect(releases.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(3);
    // The light-DOM fallback link is passed through as children.
    expect(releases.querySelector('a')!.getAttribute('href')).to.equal('https://contohprov.go.id/berita');

    const social = await settledIn(() => doc, 'siar-social');
    expect(social.getAttribute('state')).to.equal('ready');
    expect((social as HTMLElement & { showHandle: boolean }).showHandle).to.equal(true);
    expect(titlesOf(social).length).to.be.greaterThan(3);
  });

  it('maps siar-load and siar-error to onSiarLoad and onSiarError', async () => {
    await settledIn(() => doc, '#releases');
    await waitFor(() => doc.getElementById('status')!.textContent === '3 siaran pers dimuat.', 'onSiarLoad to update the status');
    const broken = await settledIn(() => doc, '#broken');
    expect(broken.getAttribute('state')).to.equal('error');
    await waitFor(() => /siar-error diterima \((network|http)\)/.test(doc.getElementById('failure')!.textContent ?? ''), 'onSiarError to report the kind');
  });

  it('maps siar-select to onSiarSelect', async () => {
    const releases = await settledIn(() => doc, '#releases');
    // Keep the test page where it is: the link would open a new tab.
    releases.addEventListener('click', (e) => e.preventDefault());
    const link = releases.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="title"] a, a[part~="link"]')!;
    const title = titlesOf(releases)[0]!;
    link.click();
    await waitFor(() => doc.getElementById('opened')!.textContent === `Dibuka: ${title}`, 'onSiarSelect to report the title');
  });

  it('updates the element when React state changes a prop', async () => {
    const releases = await settledIn(() => doc, '#releases');
    const select = doc.getElementById('layout') as HTMLSelectElement;
    // React listens for the native event; set the value through the prototype setter as a user would.
    const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
    setter.call(select, 'cards');
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => releases.getAttribute('layout') === 'cards', 'layout="cards" to be reflected');
    expect(releases.shadowRoot!.querySelector('.layout-cards')).to.not.equal(null);
  });
});
