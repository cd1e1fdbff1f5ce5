import { expect } from '@open-wc/testing';

/** Opens the strict-CSP page (served by the test server with a real CSP header) in an iframe. */
async function openCspPage(): Promise<{ frame: HTMLIFrameElement; win: Window & { __violations: string[] } }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '2000px';
  frame.src = '/__mock/csp-page';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as Window & { __violations: string[] };
  return { frame, win };
}

async function until(check: () => boolean, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('strict Content-Security-Policy and Trusted Types', () => {
  it('renders every widget with no CSP or Trusted Types violation, before and after playing a video', async () => {
    const { frame, win } = await openCspPage();
    try {
      const doc = frame.contentDocument!;
      const widgets = [...doc.querySelectorAll<HTMLElement & { state: string }>('siar-alert, siar-releases, siar-videos, siar-directory, siar-social')];
      await until(() => widgets.every((w) => w.state && w.state !== 'loading'));
      expect(widgets.map((w) => `${w.localName}:${w.state}`)).to.deep.equal([
        'siar-alert:ready',
        'siar-releases:ready',
        'siar-releases:ready',
        'siar-videos:ready',
        'siar-directory:ready',
        'siar-social:ready',
      ]);
      expect(win.__violations, 'after rendering').to.deep.equal([]);
      const videos = doc.querySelector('siar-videos')!;
      videos.shadowRoot!.querySelector<HTMLButtonElement>('button[part="play-button"]')!.click();
      await until(() => !!videos.shadowRoot!.querySelector('iframe'));
      const directory = doc.querySelector('siar-directory')!;
      const search = directory.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      search.value = 'kesehatan';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await new Promise((r) => setTimeout(r, 300));
      expect(doc.querySelector('script[type="application/ld+json"]')).to.not.equal(null);
      expect(win.__violations, 'after playing a video and searching').to.deep.equal([]);
      // …and the policy is really enforced on this page: a raw string is refused.
      expect(() => {
        doc.body.innerHTML = '<b>x</b>';
      }).to.throw();
    } finally {
      frame.remove();
    }
  });
});
