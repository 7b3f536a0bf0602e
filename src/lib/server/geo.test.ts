import { describe, expect, it } from 'vitest';
import { locatorFor, locatorSprite } from './geo';

describe('locator maps', () => {
  it('draws the 24 shapes of the boundary file, each with its ISO code as id', () => {
    const sprite = locatorSprite();
    expect(sprite.match(/<path id="KH-\d+"/g)).toHaveLength(24);
    expect(sprite.length).toBeLessThan(15_000);
  });

  it('shades Kampong Cham’s shape for Tbong Khmum, and says why', () => {
    expect(locatorFor('KH-25')).toMatchObject({ shape: 'KH-3', note: expect.stringMatching(/Tbong Khmum is not drawn on its own/) });
    expect(locatorFor('KH-3')?.note).toMatch(/also covers Tbong Khmum/);
    expect(locatorFor('KH-6')).toMatchObject({ shape: 'KH-6', note: undefined });
  });

  it('has no map for an unknown province', () => {
    expect(locatorFor('KH-99')).toBeUndefined();
  });
});
