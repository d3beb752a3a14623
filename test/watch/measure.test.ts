// measureRebuild(), the hook `npm run bench` uses: each save is timed until the new deck is on disk.
import { describe, expect, it } from 'vitest';
import { measureRebuild } from '../../src/watch/measure.js';

describe('measureRebuild', () => {
  it.each(['write', 'rename'] as const)('times saves made by %s', async (saveBy) => {
    const timing = await measureRebuild('briefs/china-nato-8th-dialogue.yaml', { runs: 3, saveBy });
    expect(timing.slides).toBe(12); // the sample deck, its timeline included (no topics overview: four topics without messages)
    expect(timing.samples).toHaveLength(3);
    for (const ms of timing.samples) expect(ms).toBeGreaterThan(0);
    expect(timing.median).toBe([...timing.samples].sort((a, b) => a - b)[1]);
  });
});
