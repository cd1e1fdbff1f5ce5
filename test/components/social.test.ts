import { expect, fixture, html, sendKeys } from '../keys.js';
import '../../src/components/social/social.js';
import type { SiarSocial } from '../../src/components/social/social.component.js';
import { expectAccessible, withWarnings } from '../helpers.js';

function links(el: SiarSocial): HTMLAnchorElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part="link"]')];
}


describe('<siar-social>', () => {
  const byHandle: [string, string, string][] = [
    ['instagram', 'humasprovcontoh', 'https://www.instagram.com/humasprovcontoh/'],
    ['facebook', 'humasprovcontoh', 'https://www.facebook.com/humasprovcontoh'],
    ['youtube', '@humasprovcontoh', 'https://www.youtube.com/@humasprovcontoh'],
    ['x', 'humasprovcontoh', 'https://x.com/humasprovcontoh'],
    ['tiktok', 'humasprovcontoh', 'https://www.tiktok.com/@humasprovcontoh'],
    ['whatsapp', '0029VaContoh0000000000', 'https://whatsapp.com/channel/0029VaContoh0000000000'],
    ['threads', 'humasprovcontoh', 'https://www.threads.net/@humasprovcontoh'],
    ['telegram', 'humasprovcontoh', 'https://t.me/humasprovcontoh'],
    ['linkedin', 'pemprov-contoh', 'https://www.linkedin.com/company/pemprov-contoh'],
  ];
  for (const [platform, handle, url] of byHandle) {
    it(`links ${platform} by handle and by URL`, async () => {
      const a = await fixture<SiarSocial>(html`<siar-social></siar-social>`);
      (a as unknown as Record<string, string>)[platform] = handle;
      await a.updateComplete;
      expect(links(a).map((l) => l.href)).to.deep.equal([url]);
      const b = await fixture<SiarSocial>(html`<siar-social></siar-social>`);
      (b as unknown as Record<string, string>)[platform] = url;
      await b.updateComplete;
      expect(links(b).map((l) => l.href)).to.deep.equal([url]);
    });
  }

  it('gives every link an accessible name and opens safely', async () => {
    const el = await fixture<SiarSocial>(html`<siar-social name="Pemprov Contoh" instagram="humasprovcontoh" twitter="@humasprovcontoh"></siar-social>`);
    const [ig, x] = links(el);
    expect(ig!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Instagram resmi Pemprov Contoh (membuka tab baru)');
    expect(x!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('X (Twitter) resmi Pemprov Contoh (membuka tab baru)');
    expect(ig!.rel).to.equal('noopener noreferrer me');
    expect(ig!.target).to.equal('_blank');
    expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-labelledby')).to.be.a('string');
    expect(el.state).to.equal('ready');
    await expectAccessible(el);
  });

  it('says it is loading, not that there is nothing, while its profile loads', async () => {
    const url = `/__mock/fixture?name=profile/siar.json&delay=600&key=${Math.random()}`;
    const el = await fixture<SiarSocial>(html`<siar-social profile=${url}></siar-social>`);
    expect(el.state).to.equal('loading');
    const status = el.shadowRoot!.querySelector('[part="status"]');
    expect(status?.textContent?.trim()).to.equal('Memuat informasi…');
    expect(status?.getAttribute('role')).to.equal('status');
    expect(el.shadowRoot!.querySelector('[part="empty"]')).to.equal(null);
    await expectAccessible(el);
    await new Promise<void>((resolve) => el.addEventListener('siar-load', () => resolve(), { once: true }));
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[part="status"]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('a[part="link"]').length).to.be.above(0);
  });

  it('speaks English', async () => {
    const el = await fixture<SiarSocial>(html`<siar-social lang="en" name="Contoh Province" youtube="@humasprovcontoh"></siar-social>`);
    expect(links(el)[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Official YouTube of Contoh Province (opens in a new tab)');
  });

  it('rejects look-alike hosts, other platforms, javascript: links and bad handles with a warning', async () => {
    const { result: el, warnings } = await withWarnings(() =>
      fixture<SiarSocial>(html`<siar-social
        instagram="https://instagram.com.evil.example/humas"
        facebook="javascript:alert(1)"
        youtube="https://evil-youtube.com/@humas"
        x="https://www.instagram.com/humas/"
        tiktok="<script>"
        telegram="https://t.me.evil.example/humas"
      ></siar-social>`),
    );
    expect(links(el)).to.have.length(0);
    expect(el.state).to.equal('empty');
    expect(warnings.length).to.equal(6);
    expect(warnings.join('\n')).to.contain('instagram.com.evil.example');
    await expectAccessible(el);
  });

  it('reads official links from its light DOM and ignores others', async () => {
    const { result: el, warnings } = await withWarnings(() =>
      fixture<SiarSocial>(html`<siar-social name="Pemprov Contoh">
        <a href="https://www.instagram.com/humasprovcontoh/">Instagram</a>
        <a href="https://m.facebook.com/humasprovcontoh">Facebook</a>
        <a href="https://facebook.com.evil.example/humas">Palsu</a>
      </siar-social>`),
    );
    expect(links(el).map((l) => l.href)).to.deep.equal(['https://www.instagram.com/humasprovcontoh/', 'https://m.facebook.com/humasprovcontoh']);
    expect(warnings).to.have.length(1);
  });

  it('shows handles, sizes and the mono variant accessibly, and is reachable by keyboard', async () => {
    const el = await fixture<SiarSocial>(
      html`<siar-social show-handle size="large" variant="mono" layout="vertical" instagram="humasprovcontoh" tiktok="@humasprovcontoh"></siar-social>`,
    );
    expect([...el.shadowRoot!.querySelectorAll('[part="handle"]')].map((h) => h.textContent)).to.deep.equal(['@humasprovcontoh', '@humasprovcontoh']);
    const [first, second] = links(el);
    expect(first!.getBoundingClientRect().height).to.be.at.least(44);
    first!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(second);
    await expectAccessible(el);
  });

  it('emits a cancelable siar-select', async () => {
    const el = await fixture<SiarSocial>(html`<siar-social instagram="humasprovcontoh"></siar-social>`);
    let platform = '';
    el.addEventListener('siar-select', (e) => {
      platform = (e as CustomEvent<{ item: { platform: string } }>).detail.item.platform;
      e.preventDefault();
    });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    links(el)[0]!.dispatchEvent(click);
    expect(platform).to.equal('instagram');
    expect(click.defaultPrevented).to.equal(true);
  });
});
