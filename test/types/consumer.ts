// A TypeScript user's code, type-checked by `npm run typecheck` (tsconfig.json includes test/):
// the events and tags are typed without a cast, and wrong uses fail to compile. Never run.
import type {
  Agency,
  Directory,
  ReleaseItem,
  SiarErrorDetail,
  SiarLoadDetail,
  SiarPlayDetail,
  SiarSearchDetail,
  SiarSelectDetail,
  VideoItem,
  WidgetState,
} from '../../src/siar.js';
import type { SiarReleases, SiarVideos, SiarDirectory, SiarSocial, SiarProvince } from '../../src/siar.js';

export function consumer(): void {
  const releases: SiarReleases | null = document.querySelector('siar-releases');
  const videos: SiarVideos = document.createElement('siar-videos');
  const directory: SiarDirectory | null = document.querySelector('siar-directory');
  const social: SiarSocial | null = document.querySelector('siar-social');
  const province: SiarProvince = document.createElement('siar-province');
  void province;

  releases?.addEventListener('siar-load', (e) => {
    const count: number = e.detail.count;
    const stale: boolean = e.detail.stale;
    const errors: SiarErrorDetail[] = e.detail.errors;
    void [count, stale, errors];
    // @ts-expect-error -- count is a number
    const wrong: string = e.detail.count;
    // @ts-expect-error -- no such field
    void e.detail.items;
    void wrong;
  });
  releases?.addEventListener('siar-error', (e) => {
    const kind: SiarErrorDetail['kind'] = e.detail.kind;
    const status: number | undefined = e.detail.status;
    // @ts-expect-error -- kind is a union of known kinds, not any string comparison target
    const impossible: boolean = e.detail.kind === 'no-such-kind';
    void [kind, status, impossible];
  });
  releases?.addEventListener('siar-select', (e) => {
    e.preventDefault();
    const detail: SiarSelectDetail = e.detail;
    const item = detail.item as ReleaseItem;
    const title: string = item.title;
    void title;
  });
  videos.addEventListener('siar-play', (e) => {
    const detail: SiarPlayDetail = e.detail;
    const video: VideoItem = e.detail.item;
    const provider: string = video.video.provider;
    void [detail, provider];
  });
  directory?.addEventListener('siar-search', (e) => {
    const detail: SiarSearchDetail = e.detail;
    const query: string = e.detail.query;
    void [detail, query];
  });
  directory?.addEventListener('siar-select', (e) => {
    const agency = e.detail.item as Agency;
    void agency.name;
  });
  social?.addEventListener('siar-load', (e) => void e.detail.count);

  // The state is read-only.
  if (releases) {
    const state: WidgetState = releases.state;
    void state;
    // @ts-expect-error -- read-only
    releases.state = 'error';
  }
  // The directory's data is typed.
  const data: Directory | undefined = directory?.directory;
  void data?.agencies.map((a: Agency) => a.id);

  // Detail types are what the events carry.
  const load: SiarLoadDetail = { count: 1, stale: false, errors: [] };
  // @ts-expect-error -- errors is required
  const incomplete: SiarLoadDetail = { count: 1, stale: false };
  void [load, incomplete];

  // Internal helpers are not for pages.
  // @ts-expect-error -- setWidgetState is not exported from siar
  void import('../../src/siar.js').then((m) => m.setWidgetState);
}
