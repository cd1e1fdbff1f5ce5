import { expect, fixture, fixtureSync, html } from '../keys.js';
import '../../src/components/releases/releases.js';
import '../../src/components/videos/videos.js';
import '../../src/components/social/social.js';
import '../../src/components/province/province.js';
import type { SiarReleases } from '../../src/components/releases/releases.component.js';
import type { SiarVideos } from '../../src/components/videos/videos.component.js';
import type { SiarSocial } from '../../src/components/social/social.component.js';
import { readProfile } from '../../src/internal/profile.js';
import { expectAccessible, fresh, hits, resetFeeds, settled, shadowText, whenSettled } from '../helpers.js';

const PROFILE = '/__mock/fixture?name=profile/siar.json';

describe('province profile', () => {
  beforeEach(resetFeeds);

  it('reads siar.json defensively, resolving URLs against the profile', () => {
    const p = readProfile(
      { name: ' Pemerintah  Provinsi Contoh ', time_zone: 'Mars/Base', logo: 'javascript:alert(1)', feeds: { releases: 'releases.json', videos: 42 }, social: { x: 'humas', bad: 7 } },
      'https://contohprov.go.id/siar/siar.json',
    );
    expect(p.name).to.equal('Pemerintah Provinsi Contoh');
    expect(p.shortName).to.equal('Pemerintah Provinsi Contoh');
    expect(p.timeZone).to.equal('Asia/Jakarta');
    expect(p.logo).to.equal(undefined);
    expect(p.feeds).to.deep.equal({ releases: 'https://contohprov.go.id/siar/releases.json' });
    expect(p.social).to.deep.equal({ x: 'humas' });
    expect(() => readProfile({ items: [] }, 'https://contohprov.go.id/')).to.throw(/not a Siar province profile/);
  });

  it('configures releases from profile= alone: feed, time zone and the province as source', async () => {
    const el = await settled<SiarReleases>(html`<siar-releases limit="10" profile=${fresh(PROFILE)}></siar-releases>`);
    expect(el.state).to.equal('ready');
    expect(shadowText(el)).to.contain('Peringatan Cuaca Ekstrem');
    expect(shadowText(el)).to.contain('Sumber: Pemprov Contoh');
    expect(el.shadowRoot!.querySelector('.source-logo')!.getAttribute('src')).to.match(/\/demo\/img\/logo\.svg$/);
    expect(el.shadowRoot!.querySelectorAll('time')[2]!.textContent).to.contain('09.00 WIT');
    await expectAccessible(el);
  });

  it('lets src win over the profile feed', async () => {
    const el = await settled<SiarReleases>(html`<siar-releases profile=${fresh(PROFILE)} src=${fresh('/__mock/fixture?name=rss2.xml')}></siar-releases>`);
    expect(shadowText(el)).to.contain('Vaksinasi');
  });

  it('shares one profile request between every widget inside <siar-province>', async () => {
    const profile = fresh(`${PROFILE}&delay=50`);
    const wrapper = fixtureSync<HTMLElement>(html`<siar-province profile=${profile}>
      <siar-releases></siar-releases>
      <siar-videos thumbnails="local"></siar-videos>
      <siar-social></siar-social>
      <siar-releases layout="compact"></siar-releases>
    </siar-province>`);
    const [a, b] = wrapper.querySelectorAll<SiarReleases>('siar-releases');
    const videos = wrapper.querySelector<SiarVideos>('siar-videos')!;
    await Promise.all([whenSettled(a!), whenSettled(b!), whenSettled(videos)]);
    const social = wrapper.querySelector<SiarSocial>('siar-social')!;
    await new Promise((r) => setTimeout(r, 50));
    await social.updateComplete;
    expect([a!.state, b!.state, videos.state, social.state]).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
    expect(await hits(profile)).to.equal(1);
    expect(shadowText(videos)).to.contain('Sumber: Pemprov Contoh');
    const socialLinks = [...social.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')].map((l) => l.href);
    expect(socialLinks).to.deep.equal(['https://www.instagram.com/humasprovcontoh/', 'https://www.youtube.com/@humasprovcontoh', 'https://x.com/humasprovcontoh']);
    expect(social.shadowRoot!.textContent).to.contain('Instagram resmi Pemprov Contoh');
    expect(getComputedStyle(wrapper).display).to.equal('contents');
  });

  it("labels only the profile's own videos with the province's name", async () => {
    const own = await settled<SiarVideos>(html`<siar-videos thumbnails="local" profile=${fresh(PROFILE)} src=${fresh('/__mock/fixture?name=youtube.xml')}></siar-videos>`);
    expect(own.state).to.equal('ready');
    expect(shadowText(own)).not.to.contain('Pemprov Contoh');
    const fromProfile = await settled<SiarVideos>(html`<siar-videos thumbnails="local" profile=${fresh(PROFILE)}></siar-videos>`);
    expect(fromProfile.state).to.equal('ready');
    expect(shadowText(fromProfile)).to.contain('Sumber: Pemprov Contoh');
  });

  it('ends in the error state when the profile fails and there is no src', async () => {
    const el = await settled<SiarReleases>(html`<siar-releases profile=${fresh('/__mock/status?code=404')}></siar-releases>`);
    expect(el.state).to.equal('error');
    expect(shadowText(el)).to.contain('galat 404');
    await expectAccessible(el);
  });

  it('tells the social bar it is empty when the profile has no valid account', async () => {
    const body = JSON.stringify({ name: 'Pemprov Contoh', social: { instagram: 'https://instagram.com.evil.example/x' } });
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await fixture<SiarSocial>(html`<siar-social profile=${fresh(`/__mock/text?type=application/json&body=${encodeURIComponent(body)}`)}></siar-social>`);
      await new Promise((r) => setTimeout(r, 100));
      await el.updateComplete;
      expect(el.state).to.equal('empty');
    } finally {
      console.warn = warn;
    }
  });
});
