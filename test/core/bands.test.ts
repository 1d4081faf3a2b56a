import { describe, expect, it } from 'vitest';
import { BAND_IDS, bandById, bandFor, FIT_BAND, isFit } from '../../src/core/bands.js';

describe('bandFor', () => {
  it.each([
    [100, 'strong'],
    [80, 'strong'],
    [79, 'good'],
    [79.99, 'good'],
    [65, 'good'],
    [64, 'partial'],
    [64.9, 'partial'],
    [50, 'partial'],
    [49, 'weak'],
    [49.5, 'weak'],
    [0, 'weak'],
  ])('score %d → %s', (score, band) => {
    expect(bandFor(score).id).toBe(band);
  });

  it('falls back to weak for a score below 0', () => {
    expect(bandFor(-1).id).toBe('weak');
  });

  it('carries the labels in both languages', () => {
    expect(bandFor(70).label).toEqual({ id: 'cocok', en: 'good fit' });
    expect(bandFor(90).label).toEqual({ id: 'sangat cocok', en: 'strong fit' });
    expect(bandFor(55).label).toEqual({ id: 'cocok sebagian', en: 'partial fit' });
    expect(bandFor(10).label).toEqual({ id: 'kurang cocok', en: 'weak fit' });
  });
});

describe('bandById / isFit', () => {
  it('lists the bands from highest to lowest', () => {
    expect(BAND_IDS).toEqual(['strong', 'good', 'partial', 'weak']);
    expect(BAND_IDS.map((id) => bandById(id).min)).toEqual([80, 65, 50, 0]);
  });

  it('treats good and above as a fit, partial and weak as not', () => {
    expect(FIT_BAND).toBe('good');
    expect(isFit('strong')).toBe(true);
    expect(isFit('good')).toBe(true);
    expect(isFit('partial')).toBe(false);
    expect(isFit('weak')).toBe(false);
  });
});
