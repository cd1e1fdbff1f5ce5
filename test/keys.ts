// Re-exports for component tests: @open-wc/testing plus Web Test Runner's real keyboard.
export { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
export { sendKeys, emulateMedia } from '@web/test-runner-commands';
