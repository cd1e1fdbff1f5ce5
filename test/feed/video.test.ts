import { expect } from '@open-wc/testing';
import { detectVideo } from '../../src/feed/video.js';

describe('detectVideo', () => {
  const cases: [string, string, string, string][] = [
    ['https://www.youtube.com/watch?v=cOnToH00001', 'youtube', 'cOnToH00001', '16:9'],
    ['https://youtube.com/watch?v=cOnToH00001&t=30s', 'youtube', 'cOnToH00001', '16:9'],
    ['https://m.youtube.com/watch?feature=share&v=cOnToH00001', 'youtube', 'cOnToH00001', '16:9'],
    ['https://youtu.be/cOnToH00001?si=abc', 'youtube', 'cOnToH00001', '16:9'],
    ['https://www.youtube.com/shorts/cOnToH00002', 'youtube', 'cOnToH00002', '9:16'],
    ['https://www.youtube.com/embed/cOnToH00003?rel=0', 'youtube', 'cOnToH00003', '16:9'],
    ['https://www.youtube-nocookie.com/embed/cOnToH00003', 'youtube', 'cOnToH00003', '16:9'],
    ['https://www.youtube.com/live/cOnToH00004?feature=share', 'youtube', 'cOnToH00004', '16:9'],
    ['https://www.tiktok.com/@humasprovcontoh/video/7300000000000000001', 'tiktok', '7300000000000000001', '9:16'],
    ['https://www.instagram.com/reel/CxYzAbC123/', 'instagram', 'CxYzAbC123', '9:16'],
    ['https://www.instagram.com/p/CxYzAbC123/', 'instagram', 'CxYzAbC123', '1:1'],
    ['https://www.facebook.com/humasprovcontoh/videos/1234567890123/', 'facebook', '1234567890123', '16:9'],
    ['https://www.facebook.com/watch/?v=1234567890123', 'facebook', '1234567890123', '16:9'],
  ];
  for (const [url, provider, id, aspect] of cases) {
    it(`reads ${url}`, () => {
      const video = detectVideo(url);
      expect(video?.provider).to.equal(provider);
      expect(video?.id).to.equal(id);
      expect(video?.aspect).to.equal(aspect);
      expect(video?.url).to.match(/^https:\/\//);
    });
  }

  it('reads self-hosted MP4 and WebM files', () => {
    expect(detectVideo('https://contohprov.go.id/media/klip.mp4')).to.deep.include({ provider: 'file', type: 'video/mp4' });
    expect(detectVideo('https://contohprov.go.id/media/klip', 'video/webm')).to.deep.include({ provider: 'file', type: 'video/webm' });
  });

  it('still recognises hosts and files the URL parser rewrites (case, escapes, tabs, full-width letters)', () => {
    for (const url of [
      'HTTPS://WWW.YOUTUBE.COM/watch?v=cOnToH00001',
      'https://www.you%74ube.com/watch?v=cOnToH00001',
      'https://www.you\ttube.com/watch?v=cOnToH00001',
      'https://ｙｏｕｔｕｂｅ.com/watch?v=cOnToH00001',
    ]) {
      expect(detectVideo(url), url).to.deep.include({ provider: 'youtube', id: 'cOnToH00001' });
    }
    expect(detectVideo('https://contohprov.go.id/media/KLIP.MP4')).to.deep.include({ provider: 'file' });
    expect(detectVideo('https://contohprov.go.id/berita/1')).to.equal(undefined);
  });

  it('rejects look-alike hosts, bad ids and unsafe schemes', () => {
    for (const url of [
      'https://youtube.com.evil.example/watch?v=cOnToH00001',
      'https://evil-youtube.com/watch?v=cOnToH00001',
      'https://www.youtube.com.evil.example/shorts/cOnToH00002',
      'https://youtu.be.evil.example/cOnToH00001',
      'https://notyoutube.com/watch?v=cOnToH00001',
      'https://www.youtube.com/watch?v=short',
      'https://www.youtube.com/watch?v=<script>xx',
      'javascript:alert(1)//youtube.com/watch?v=cOnToH00001',
      'https://tiktok.com.evil.example/@a/video/7300000000000000001',
      'https://instagram.com.evil.example/reel/CxYzAbC123/',
      'https://www.youtube.com/channel/UCcontoh',
      'https://contohprov.go.id/berita/1',
      'data:video/mp4;base64,AAAA',
    ]) {
      expect(detectVideo(url), url).to.equal(undefined);
    }
  });
});
