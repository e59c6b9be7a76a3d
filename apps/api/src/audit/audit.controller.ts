import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { pageQuerySchema, parseOrThrow } from '@cm/contracts';
import { AuditEventEntity } from '@cm/db';
import { Roles } from '../common/access.decorator';
import { ApiZodQuery } from '../common/zod-api';

const querySchema = pageQuerySchema.extend({ entityType: z.string().max(64).optional(), entityId: z.string().max(64).optional(), actorId: z.uuid().optional() });

@ApiTags('audit')
@Controller('api/audit-events')
export class AuditController {
  constructor(private readonly ds: DataSource) {}

  @Get()
  @Roles('officer', 'admin')
  @ApiZodQuery(querySchema)
  async list(@Query() query: unknown) {
    const q = parseOrThrow(querySchema, query);
    const where: { entityType?: string; entityId?: string; actorId?: string } = {};
    if (q.entityType) where.entityType = q.entityType;
    if (q.entityId) where.entityId = q.entityId;
    if (q.actorId) where.actorId = q.actorId;
    const [rows, total] = await this.ds.getRepository(AuditEventEntity).findAndCount({ where, order: { at: 'DESC' }, skip: (q.page - 1) * q.pageSize, take: q.pageSize });
    return { items: rows.map((r) => ({ id: r.id, at: new Date(r.at).toISOString(), actorId: r.actorId, action: r.action, entityType: r.entityType, entityId: r.entityId, data: r.data })), total };
  }
}
