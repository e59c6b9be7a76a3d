import type { EntityManager } from 'typeorm';

export interface AuditInput {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
}

/** Appends to the audit log inside the caller's transaction, so the event and the change
 * it describes commit or roll back together. */
export async function recordAudit(manager: EntityManager, input: AuditInput): Promise<void> {
  await manager.query(
    `INSERT INTO audit_event (actor_id, action, entity_type, entity_id, data) VALUES ($1, $2, $3, $4, $5::jsonb)`,
    [input.actorId, input.action, input.entityType, input.entityId, JSON.stringify(input.data ?? {})],
  );
}
