import { describe, expect, it } from '@jest/globals';
import { isOrganisationText, parseProvenance } from './provenance';

describe('competency text provenance', () => {
  it('separates source keys, organisation versions and not-found', () => {
    expect(parseProvenance('S2, seed')).toEqual({ sources: ['S2, seed'], organisationVersions: [], notFound: false });
    expect(parseProvenance('S2, seed; organisation (v2); organisation (v3)')).toEqual({ sources: ['S2, seed'], organisationVersions: [2, 3], notFound: false });
    expect(parseProvenance('not found; organisation (v2)')).toEqual({ sources: [], organisationVersions: [2], notFound: true });
    expect(parseProvenance(null)).toEqual({ sources: [], organisationVersions: [], notFound: false });
  });

  it('calls text organisation-authored only when no source backs it', () => {
    expect(isOrganisationText('organisation (v2)')).toBe(true);
    expect(isOrganisationText('S2, seed; organisation (v2)')).toBe(false);
    expect(isOrganisationText('seed')).toBe(false);
  });
});
