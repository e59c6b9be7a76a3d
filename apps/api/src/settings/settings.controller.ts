import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AppError, type Page, parseOrThrow, type SettingDto, updateSettingSchema } from '@cm/contracts';
import { recordAudit, SettingEntity } from '@cm/db';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodBody } from '../common/zod-api';

const toDto = (s: SettingEntity): SettingDto => ({
  key: s.key, version: s.version, value: s.value, provenance: s.provenance, note: s.note,
  createdAt: new Date(s.createdAt).toISOString(), createdBy: s.createdBy,
});

/** Defaults are versioned settings: an edit adds a version, nothing is overwritten (动态调整). */
@ApiTags('settings')
@Controller('api/settings')
export class SettingsController {
  constructor(private readonly ds: DataSource) {}

  @Get()
  @Roles('admin', 'officer')
  async list(): Promise<Page<SettingDto>> {
    const rows = await this.ds.getRepository(SettingEntity).createQueryBuilder('s')
      .distinctOn(['s.key']).orderBy('s.key').addOrderBy('s.version', 'DESC').getMany();
    return { items: rows.map(toDto), total: rows.length };
  }

  @Get(':key/versions')
  @Roles('admin', 'officer')
  async versions(@Param('key') key: string): Promise<Page<SettingDto>> {
    const rows = await this.ds.getRepository(SettingEntity).find({ where: { key }, order: { version: 'ASC' } });
    if (!rows.length) throw AppError.notFound('参数');
    return { items: rows.map(toDto), total: rows.length };
  }

  @Put(':key')
  @Roles('admin', 'officer')
  @ApiZodBody(updateSettingSchema)
  async update(@CurrentUser() actor: AuthUser, @Param('key') key: string, @Body() body: unknown): Promise<SettingDto> {
    const input = parseOrThrow(updateSettingSchema, body);
    return this.ds.transaction(async (m) => {
      const latest = await m.getRepository(SettingEntity).findOne({ where: { key }, order: { version: 'DESC' }, lock: { mode: 'pessimistic_write' } });
      if (!latest) throw AppError.notFound('参数');
      if (!sameShape(latest.value, input.value)) {
        throw AppError.validation([{ path: 'value', code: 'SHAPE_MISMATCH', message: '新值的结构必须与当前版本一致(相同的字段和类型)' }]);
      }
      const saved = await m.save(m.getRepository(SettingEntity).create({
        key, version: latest.version + 1, value: input.value, provenance: 'organisation', note: input.note, createdBy: actor.id,
      }));
      await recordAudit(m, { actorId: actor.id, action: 'setting.changed', entityType: 'setting', entityId: key, data: { from: latest.version, to: saved.version, note: input.note } });
      return toDto(saved);
    });
  }
}

/** A new version keeps the structure the code reads: same keys, same kinds of values. */
export function sameShape(a: unknown, b: unknown): boolean {
  if (a === null || b === null) return true;
  if (Array.isArray(a)) return Array.isArray(b) && (a.length === 0 || b.every((x) => sameShape(a[0], x)));
  if (typeof a === 'object') {
    if (typeof b !== 'object' || Array.isArray(b)) return false;
    const ka = Object.keys(a as object).sort();
    const kb = Object.keys(b as object).sort();
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameShape((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return typeof a === typeof b;
}
