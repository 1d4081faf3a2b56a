import { describe, expect, it } from 'vitest';
import { BANDS, BAND_IDS, BELOW_FIT, bandById, bandFor, FIT_BAND, isFit } from '../../src/core/bands.js';

describe('BANDS calibration', () => {
  it('lists strong, good, partial, weak from highest to lowest with minimums 80 / 65 / 55 / 0', () => {
    expect(BAND_IDS).toEqual(['strong', 'good', 'partial', 'weak']);
    expect(BANDS.map((band) => [band.id, band.min])).toEqual([
      ['strong', 80],
      ['good', 65],
      ['partial', 55],
      ['weak', 0],
    ]);
  });
});

describe('bandFor', () => {
  it.each([
    [100, 'strong'],
    [80, 'strong'],
    [79, 'good'],
    [79.99, 'good'],
    [65, 'good'],
    [64, 'partial'],
    [64.5, 'partial'],
    [55, 'partial'],
    [54, 'weak'],
    [54.9, 'weak'],
    [0, 'weak'],
  ])('score %d → %s', (score, band) => {
    expect(bandFor(score).id).toBe(band);
  });

  it('puts every band minimum in its own band and the integer just below it in the next band down', () => {
    for (let i = 0; i < BANDS.length - 1; i++) {
      expect(bandFor(BANDS[i]!.min).id).toBe(BANDS[i]!.id);
      expect(bandFor(BANDS[i]!.min - 1).id).toBe(BANDS[i + 1]!.id);
    }
  });

  it('falls back to weak for a score below 0', () => {
    expect(bandFor(-1).id).toBe('weak');
  });

  it('carries the labels in both languages', () => {
    expect(bandById('strong').label).toEqual({ id: 'sangat cocok', en: 'strong fit' });
    expect(bandById('good').label).toEqual({ id: 'cocok', en: 'good fit' });
    expect(bandById('partial').label).toEqual({ id: 'cocok sebagian', en: 'partial fit' });
    expect(bandById('weak').label).toEqual({ id: 'kurang cocok', en: 'weak fit' });
  });
});

describe('isFit', () => {
  it('treats good and above as a fit, partial and weak as not', () => {
    expect(FIT_BAND).toBe('good');
    expect(isFit('strong')).toBe(true);
    expect(isFit('good')).toBe(true);
    expect(isFit('partial')).toBe(false);
    expect(isFit('weak')).toBe(false);
  });

  it('has partial as the band just below a fit, where a limited role falls', () => {
    expect(BELOW_FIT).toBe('partial');
  });
});
