import { expect } from '@open-wc/testing';
import { drawnCount, type ProgressiveHost } from '../../src/internal/results.js';

/** A host that renders `total` items of `key` whenever it is asked to, recording how many it drew. */
function host(total: () => number, key: () => unknown): ProgressiveHost & { drawn: number[]; render(): void } {
  const h = {
    drawn: [] as number[],
    drawing: undefined as Promise<void> | undefined,
    render() {
      h.drawn.push(drawnCount(h, key(), total(), 12));
    },
    requestUpdate() {
      h.render();
    },
  };
  return h;
}

describe('progressive drawing (drawnCount)', () => {
  it('draws the first step, then a step more per task, then holds nothing back', async () => {
    const data = {};
    const h = host(() => 30, () => data);
    h.render();
    expect(h.drawn).to.deep.equal([12]);
    expect(h.drawing, 'the rest is pending').to.be.instanceOf(Promise);
    let afterMicrotasks: number[] = [];
    queueMicrotask(() => (afterMicrotasks = [...h.drawn]));
    await h.drawing;
    expect(afterMicrotasks, 'nothing more before the task ends').to.deep.equal([12]);
    expect(h.drawn).to.deep.equal([12, 24, 30]);
    expect(h.drawing).to.equal(undefined);
    // The same data shown again, even a longer list of it: all at once.
    expect(drawnCount(h, data, 50, 12)).to.equal(50);
    expect(h.drawing).to.equal(undefined);
  });

  it('draws a list of one step whole, with nothing pending', () => {
    const h = host(() => 12, () => 'k');
    h.render();
    expect([h.drawn, h.drawing]).to.deep.equal([[12], undefined]);
  });

  it('starts again with new data, even while the last list is being drawn, and finishes it', async () => {
    let data: object = {};
    const h = host(() => 40, () => data);
    h.render();
    data = {};
    h.render(); // new data before the first list was done
    await h.drawing;
    expect(h.drawn).to.deep.equal([12, 12, 24, 36, 40]);
  });
});
