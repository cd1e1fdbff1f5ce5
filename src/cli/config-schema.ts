/**
 * JSON Schema of `siar.config.json` (documented in docs/publisher.md). Checked with the same Ajv
 * and the same plain-words messages as `siar validate`, so a typo in the config is reported with
 * its line and column.
 */

const id = { type: 'string', pattern: '^[a-z0-9][a-z0-9._-]{0,63}$' } as const;
const agencyId = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' } as const;
const kind = { enum: ['release', 'hoax-clarification', 'announcement'] } as const;
const httpUrl = { type: 'string', pattern: '^https?://[^\\s]+$' } as const;
const urlOrPath = { type: 'string', minLength: 1 } as const;
const strings = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const posInt = { type: 'integer', minimum: 1 } as const;

const source = {
  type: 'object',
  required: ['id'],
  properties: {
    id,
    url: { ...urlOrPath, description: 'http(s) URL of an RSS 2.0, RSS 1.0, Atom or JSON Feed; or a path relative to the config file.' },
    file: { ...urlOrPath, description: 'Path of a feed file, relative to the config file.' },
    youtube_channel: { type: 'string', pattern: '^(UC[A-Za-z0-9_-]{22}|https://(www\\.)?youtube\\.com/channel/UC[A-Za-z0-9_-]{22}/?)$' },
    youtube_playlist: { type: 'string', pattern: '^([A-Za-z0-9_-]{10,64}|https://(www\\.)?youtube\\.com/playlist\\?list=[A-Za-z0-9_-]{10,64})$' },
    list: { ...urlOrPath, description: 'A list of TikTok / Instagram / Facebook / YouTube / MP4 URLs: .txt, .csv or .json; path or http(s) URL.' },
    urls: {
      type: 'array',
      items: {
        anyOf: [
          { type: 'string', minLength: 1 },
          {
            type: 'object',
            required: ['url'],
            properties: {
              url: { type: 'string', minLength: 1 },
              id: { type: 'string', minLength: 1 },
              title: { type: 'string' },
              summary: { type: 'string' },
              date: { type: 'string' },
              image: { type: 'string' },
              agency: agencyId,
              kind,
              tags: strings,
              duration: { type: 'number', exclusiveMinimum: 0 },
              views: { type: 'integer', minimum: 0 },
            },
            additionalProperties: false,
          },
        ],
      },
    },
    agency: agencyId,
    agency_map: { type: 'object', additionalProperties: agencyId },
    categories: { type: 'object', additionalProperties: kind },
    kind,
    builtin_kinds: { type: 'boolean' },
    tags: strings,
    max_items: posInt,
    allow_empty: { type: 'boolean' },
    aspect: { type: 'string', pattern: '^\\d{1,2}:\\d{1,2}$' },
    timeout_ms: posInt,
    retries: { type: 'integer', minimum: 0, maximum: 10 },
  },
  additionalProperties: false,
  oneOf: [
    { required: ['url'] },
    { required: ['file'] },
    { required: ['youtube_channel'] },
    { required: ['youtube_playlist'] },
    { required: ['list'] },
    { required: ['urls'] },
  ],
} as const;

const feed = {
  type: 'object',
  required: ['sources'],
  properties: {
    title: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    home_page_url: httpUrl,
    icon: urlOrPath,
    favicon: urlOrPath,
    language: { type: 'string', pattern: '^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
    authors: {
      type: 'array',
      items: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 }, url: httpUrl }, additionalProperties: false },
    },
    max_items: { type: 'integer', minimum: 1, maximum: 10000, description: 'Items kept in the archive (<feed>-archive.json). Default 100.' },
    widget_items: {
      type: 'integer',
      minimum: 1,
      maximum: 1000,
      description: 'Items in the widget feed (releases.json / videos.json): the newest, plus pinned and urgent ones. Default 20.',
    },
    content: {
      enum: ['summary', 'full'],
      description: 'summary (default): widget feed items carry their plain-text summary as content_text, no content_html. full: also their content_html. The archive always has the full content.',
    },
    summary_length: { type: 'integer', minimum: 40, maximum: 5000 },
    sources: { type: 'array', items: source },
  },
  additionalProperties: false,
} as const;

const alertSource = {
  type: 'object',
  required: ['kind', 'url'],
  properties: {
    id: { ...id, description: 'Names the source in reports and keeps its last good alerts. Default: <kind>-<n>.' },
    kind: {
      enum: ['cap', 'cap-index', 'bmkg-gempa'],
      description: 'cap: one CAP 1.1/1.2 document. cap-index: an Atom/RSS index whose entries link to CAP documents (BMKG nowcasts). bmkg-gempa: BMKG earthquake JSON (Infogempa.gempa).',
    },
    url: { ...urlOrPath, description: 'http(s) URL, or a path relative to the config file.' },
    timeout_ms: posInt,
    retries: { type: 'integer', minimum: 0, maximum: 10 },
  },
  additionalProperties: false,
} as const;

const alerts = {
  type: 'object',
  required: ['sources'],
  description: 'Official warnings (CAP, BMKG) mirrored into alerts.json for <siar-alert>.',
  properties: {
    title: { type: 'string', minLength: 1 },
    area: {
      type: 'array',
      items: { type: 'string', minLength: 1, maxLength: 200 },
      description: 'Names (regencies, the province) or "lat,lon" points an alert must concern. With neither area nor bmkg_province every alert of the sources is kept.',
    },
    bmkg_province: { type: 'string', pattern: '^[0-9]{2}$', description: "BMKG's two-digit province code (BPS code, e.g. \"75\" for Gorontalo), read from BMKG's identifiers and geocodes." },
    min_severity: { enum: ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] },
    allow_hosts: {
      type: 'array',
      items: { type: 'string', pattern: '^[A-Za-z0-9.-]+(:[0-9]{1,5})?$' },
      description: 'Hosts an index may link to besides its own.',
    },
    max_entries: { type: 'integer', minimum: 1, maximum: 500 },
    sources: { type: 'array', items: alertSource },
  },
  additionalProperties: false,
} as const;

export const CONFIG_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://cdn.jsdelivr.net/npm/siar/schemas/config.schema.json',
  title: 'siar build configuration (siar.config.json)',
  type: 'object',
  required: ['province'],
  properties: {
    $schema: { type: 'string' },
    $comment: { type: 'string' },
    out: urlOrPath,
    public_url: { type: 'string', pattern: '^https?://[^\\s]+/$' },
    state_file: { anyOf: [urlOrPath, { const: false }] },
    youtube_feed_base: httpUrl,
    pretty: { type: 'boolean' },
    thumbnails: {
      enum: ['local', 'remote'],
      description:
        'local (default): each video\'s thumbnail is downloaded once into <out>/thumbs/ and the item points at that copy, so widgets make no request to a video provider before play. remote: items keep the provider\'s image address.',
    },
    rewrite_urls: { type: 'object', propertyNames: { pattern: '^https?://' }, additionalProperties: { type: 'string' } },
    fetch: {
      type: 'object',
      properties: {
        timeout_ms: posInt,
        retries: { type: 'integer', minimum: 0, maximum: 10 },
        backoff_ms: { type: 'integer', minimum: 0, maximum: 60000 },
        concurrency: { type: 'integer', minimum: 1, maximum: 32 },
        max_bytes: { type: 'integer', minimum: 1024 },
        contact: { type: 'string', pattern: '^[^()\\r\\n;]{1,200}$' },
      },
      additionalProperties: false,
    },
    province: {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 200 },
        short_name: { type: 'string', minLength: 1, maxLength: 80 },
        logo: urlOrPath,
        home_page_url: httpUrl,
        time_zone: { enum: ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'] },
        language: { type: 'string', pattern: '^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
        social: {
          type: 'object',
          propertyNames: { enum: ['instagram', 'facebook', 'youtube', 'x', 'twitter', 'tiktok', 'whatsapp', 'whatsapp_channel', 'threads', 'telegram', 'linkedin'] },
          additionalProperties: { type: 'string', minLength: 1, maxLength: 300 },
        },
      },
      additionalProperties: false,
    },
    releases: feed,
    videos: feed,
    alerts,
    directory: {
      type: 'object',
      properties: {
        file: urlOrPath,
        url: urlOrPath,
        format: { enum: ['csv', 'json'] },
        delimiter: { enum: [',', ';', '\t'] },
        province: { type: 'string', minLength: 1 },
        updated: { type: 'string', format: 'date-time' },
      },
      additionalProperties: false,
      oneOf: [{ required: ['file'] }, { required: ['url'] }],
    },
    embed: {
      type: 'object',
      description: 'Write the iframe embed page (embed.html) into the output folder. It shows data only from its own origin, public_url\'s and these origins.',
      properties: {
        allow: { type: 'array', items: { type: 'string', pattern: '^(http|https)://([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?/?$' } },
      },
      additionalProperties: false,
    },
    categories: { type: 'object', additionalProperties: kind },
    pinned: strings,
    urgent: strings,
    retracted: strings,
    overrides: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        properties: {
          kind,
          priority: { enum: ['urgent', 'pinned', 'none'] },
          agency: agencyId,
          retracted: { type: 'boolean' },
          tags: strings,
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
} as const;
