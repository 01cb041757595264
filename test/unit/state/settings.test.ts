import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsStore } from '../../../src/lib/state/settings.svelte';
import { defaultSettings } from '../../../src/lib/settings/schema';

/** The store as a page opened on `hash` would build it. */
function opened(hash: string) {
  vi.stubGlobal('location', { hash, href: `https://shop.example/lojal/${hash}` });
  return new SettingsStore(hash);
}
afterEach(() => vi.unstubAllGlobals());

describe('SettingsStore', () => {
  it('starts with the defaults when the address has no settings', () => {
    const s = opened('#top');
    expect(s.section).toBe('overview');
    expect(s.snapshot().cohorts).toEqual(defaultSettings().cohorts);
    expect(s.notes).toEqual([]);
  });

  it('takes a link: section and settings at once, bad values noted as invalid', () => {
    const s = opened('#v=1&section=churn&churn.window=45&cohorts.period=quarter&clv.margin=7');
    expect(s.section).toBe('churn');
    expect(s.churn.window).toBe(45);
    expect(s.cohorts.period).toBe('quarter');
    expect(s.clv.options.margin).toBe(1);
    expect(s.notes).toEqual([{ key: 'clv.margin', value: '7', why: 'invalid' }]);
  });

  it('keeps column settings until the data arrive, then drops those the data lack, with a note', () => {
    const s = opened('#v=1&cohorts.by=region&clv.realisedBy=loyalty_member');
    expect(s.cohorts.by).toBe('region');
    s.checkColumns(['loyalty_member', 'acquisition_channel']);
    expect(s.cohorts.by).toBeNull();
    expect(s.clv.realisedBy).toBe('loyalty_member');
    expect(s.notes).toEqual([{ key: 'cohorts.by', value: 'region', why: 'missing' }]);
  });

  it('keepKnown keeps the values the data hold and notes the rest', () => {
    const s = opened('');
    expect(s.keepKnown('cohorts.filterValue', ['web', 'fax'], ['web', 'store'])).toEqual(['web']);
    expect(s.notes).toEqual([{ key: 'cohorts.filterValue', value: 'fax', why: 'missing' }]);
  });

  it('link() is the page address with the current settings in the fragment, the old fragment replaced', () => {
    const s = opened('#v=1&section=clv');
    s.section = 'cohorts';
    s.churn.period = 'week';
    const link = new URL(s.link());
    expect(link.origin + link.pathname).toBe('https://shop.example/lojal/');
    const params = new URLSearchParams(link.hash.slice(1));
    expect(params.get('section')).toBe('cohorts');
    expect(params.get('churn.period')).toBe('week');
  });
});
