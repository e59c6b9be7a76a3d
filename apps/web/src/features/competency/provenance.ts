/** Where a text of the competency model comes from, read from its provenance string: the
 * source keys (e.g. `S2, seed`), `not found`, and `organisation (vN)` for text an officer wrote
 * in version N. A level may carry both (`S2, seed; organisation (v2)`). */
export interface ProvenanceParts {
  sources: string[];
  organisationVersions: number[];
  notFound: boolean;
}

export function parseProvenance(provenance: string | null | undefined): ProvenanceParts {
  const out: ProvenanceParts = { sources: [], organisationVersions: [], notFound: false };
  for (const raw of (provenance ?? '').split(';')) {
    const part = raw.trim();
    if (!part) continue;
    const org = /^organisation \(v(\d+)\)$/.exec(part);
    if (org) out.organisationVersions.push(Number(org[1]));
    else if (part === 'not found') out.notFound = true;
    else out.sources.push(part);
  }
  return out;
}

/** True when the text was written by the organisation (never to be shown as source text). */
export function isOrganisationText(provenance: string | null | undefined): boolean {
  const parts = parseProvenance(provenance);
  return parts.organisationVersions.length > 0 && parts.sources.length === 0;
}
