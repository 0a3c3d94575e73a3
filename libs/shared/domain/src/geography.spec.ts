import { describe, expect, it } from '@jest/globals';
import { ALL_REGIONS, COUNTRIES, isRegionOf, REGION_NAMES, REGIONS } from './geography.js';

describe('geography', () => {
  it('names every region and keeps region keys unique across countries', () => {
    for (const region of ALL_REGIONS) expect(REGION_NAMES[region]).toBeTruthy();
    expect(new Set(ALL_REGIONS).size).toBe(ALL_REGIONS.length);
  });

  it('knows which country a region belongs to', () => {
    expect(isRegionOf('SE', 'skane')).toBe(true);
    expect(isRegionOf('NO', 'skane')).toBe(false);
    expect(COUNTRIES.map((c) => REGIONS[c].length)).toEqual([16, 21, 15]);
  });
});
