/**
 * The feed engine: fetch, detect, parse and normalize RSS 2.0, RSS 1.0 (RDF), Atom 1.0,
 * YouTube channel Atom and JSON Feed 1.0/1.1, in the browser, with no parser library.
 *
 * `parseFeed` and `loadFeed` (also exported by `siar`) resolve to the normalized model;
 * `parseFeedSync` and the building blocks below are this entry's own.
 *
 * @module feed
 */
export * from './api.js';
export { parseFeedSync } from './parse.js';
export { parseDate, parseFeedDate, type DateOptions, type FeedDate } from './dates.js';
export { htmlToText } from './text.js';
export { detectVideo } from './video.js';
export { sanitizeHtml } from './sanitize.js';
export { parseCap, isCap, capTime, type CapAlert, type CapInfo, type CapArea, type CapReference, type CapMsgType, type CapScope, type CapStatus } from './cap.js';
export { alertsInForce, alertConcerns, pickInfo, parseQuakes, quakesInForce, SEVERITIES, DEFAULT_LIFETIME_HOURS, type ShownAlert, type AlertKind, type CapSeverity, type InForceOptions, type Quake } from './alerts.js';
export { alertToJson, alertFromJson, quakeToCap, type Json } from './alert-json.js';
