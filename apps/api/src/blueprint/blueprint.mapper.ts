import type { BlueprintBody, BlueprintDto } from '@cm/contracts';
import type { BlueprintRow } from './blueprint.queries';

export function toBlueprintDto(r: BlueprintRow): BlueprintDto {
  const body = r.body as unknown as BlueprintBody;
  return {
    ...body,
    trackId: r.track_id,
    level: r.level,
    name: r.name,
    id: r.id,
    version: r.version,
    status: r.status,
    provenance: r.provenance,
    createdBy: r.created_by,
    createdAt: new Date(r.created_at).toISOString(),
    activatedAt: r.activated_at ? new Date(r.activated_at).toISOString() : null,
    activatedBy: r.activated_by,
  };
}
