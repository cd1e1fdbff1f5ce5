import { expect, fixture, html } from '@open-wc/testing';
import { DEFAULT_STRINGS, setStrings, toLang, translate } from '../../src/internal/i18n.js';
import '../../src/components/social/social.js';
import '../../src/components/directory/directory.js';
import { DIRECTORY_STRINGS } from '../../src/components/directory/strings.js';
import type { SiarSocial } from '../../src/components/social/social.component.js';

describe('i18n', () => {
  it('ships every key in both languages', () => {
    expect(Object.keys(DEFAULT_STRINGS.en).sort()).to.deep.equal(Object.keys(DEFAULT_STRINGS.id).sort());
    for (const value of [...Object.values(DEFAULT_STRINGS.id), ...Object.values(DEFAULT_STRINGS.en)]) expect(value).to.be.a('string').and.not.equal('');
    // Read-only for pages: writes fail (TypeError in strict mode) and change nothing.
    const before = DEFAULT_STRINGS.id.retry;
    expect(() => ((DEFAULT_STRINGS.id as Record<string, string>).retry = 'x')).to.throw(TypeError);
    expect(() => delete (DEFAULT_STRINGS.en as Partial<Record<string, string>>).retry).to.throw(TypeError);
    expect(DEFAULT_STRINGS.id.retry).to.equal(before);
    expect(DEFAULT_STRINGS.en.retry).to.be.a('string');
    expect(Object.isFrozen(DEFAULT_STRINGS)).to.equal(true);
  });

  it('holds the directory\'s own strings once the directory is loaded, in both languages', () => {
    for (const lang of ['id', 'en'] as const) {
      for (const [key, value] of Object.entries(DIRECTORY_STRINGS[lang])) expect(DEFAULT_STRINGS[lang][key as keyof typeof DEFAULT_STRINGS.id]).to.equal(value);
    }
    expect(Object.keys(DIRECTORY_STRINGS.en).sort()).to.deep.equal(Object.keys(DIRECTORY_STRINGS.id).sort());
    expect(translate('en', 'agenciesFound', { count: 3 })).to.equal('3 agencies found');
  });

  it('maps language tags: en-* to English, everything else to Indonesian', () => {
    expect(toLang('en-GB')).to.equal('en');
    expect(toLang('EN')).to.equal('en');
    expect(toLang('id-ID')).to.equal('id');
    expect(toLang('jv')).to.equal('id');
    expect(toLang(undefined)).to.equal('id');
  });

  it('fills placeholders as text and keeps unknown ones', () => {
    expect(translate('id', 'errorHttp', { status: 503 })).to.equal('Server sumber informasi menjawab dengan galat 503.');
    expect(translate('en', 'agenciesFound', { count: '<b>5</b>' })).to.equal('<b>5</b> agencies found');
    expect(translate('en', 'source')).to.equal('Source: {name}');
  });

  it('lets a page and an element override strings, element first', () => {
    setStrings('id', { releasesHeading: 'Berita Pemprov' });
    try {
      expect(translate('id', 'releasesHeading')).to.equal('Berita Pemprov');
      expect(translate('id', 'releasesHeading', {}, { releasesHeading: 'Kabar Resmi' })).to.equal('Kabar Resmi');
      expect(translate('en', 'releasesHeading')).to.equal('Press releases');
    } finally {
      setStrings('id', { releasesHeading: DEFAULT_STRINGS.id.releasesHeading });
    }
  });

  it('takes the language from the nearest [lang] ancestor, across shadow roots', async () => {
    const wrapper = await fixture<HTMLElement>(html`<section lang="en"><siar-social instagram="humasprovcontoh"></siar-social></section>`);
    const el = wrapper.querySelector<SiarSocial>('siar-social')!;
    expect(el.effectiveLang).to.equal('en');
    el.lang = 'id';
    expect(el.effectiveLang).to.equal('id');
    const host = document.createElement('div');
    host.setAttribute('lang', 'en');
    document.body.append(host);
    const inner = document.createElement('siar-social');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(inner.effectiveLang).to.equal('en');
    host.remove();
  });
});

describe('DEFAULT_STRINGS', () => {
  it('is read-only: a page cannot change or delete a shipped string by accident', () => {
    const strings = DEFAULT_STRINGS.id as Record<string, string>;
    const before = strings['loading'];
    expect(() => {
      strings['loading'] = 'diubah';
    }).to.throw(TypeError);
    expect(() => delete strings['loading']).to.throw(TypeError);
    expect(() => Object.defineProperty(strings, 'baru', { value: 'x' })).to.throw(TypeError);
    expect(strings['loading']).to.equal(before);
  });
});
