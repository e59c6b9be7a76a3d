import { createHash } from 'node:crypto';
import '@fastify/multipart';
import { Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { AppError } from '@cm/contracts';
import { AssetEntity, queryRows } from '@cm/db';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser, hasRole } from '../common/current-user';

const MAX_BYTES = 2 * 1024 * 1024;

/** Detects the image type from its first bytes; the declared name or type is not trusted. */
export function sniffImage(b: Buffer): string | null {
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 6 && (b.subarray(0, 6).toString('latin1') === 'GIF87a' || b.subarray(0, 6).toString('latin1') === 'GIF89a')) return 'image/gif';
  if (b.length >= 12 && b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return null;
}

/** Images in question stems and options: stored in PostgreSQL, served only to signed-in staff. */
@ApiTags('questions')
@Controller('api/assets')
export class AssetsController {
  constructor(private readonly ds: DataSource) {}

  @Post()
  @Roles('trainer')
  @ApiConsumes('multipart/form-data')
  async upload(@CurrentUser() actor: AuthUser, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    if (!req.isMultipart()) throw new AppError('FILE_UNSUPPORTED', '请以 multipart/form-data 上传图片');
    const part = await req.file({ limits: { fileSize: MAX_BYTES, files: 1 } });
    if (!part || part.fieldname !== 'file') throw AppError.validation([{ path: 'file', code: 'REQUIRED', message: '请选择图片(字段名 file)' }]);
    const buf = await part.toBuffer().catch(() => {
      throw new AppError('FILE_TOO_LARGE', '图片不能超过 2 MB');
    });
    if (part.file.truncated) throw new AppError('FILE_TOO_LARGE', '图片不能超过 2 MB');
    const mime = sniffImage(buf);
    if (!mime) throw new AppError('FILE_UNSUPPORTED', '只支持 PNG、JPEG、GIF、WebP 图片');
    const saved = await this.ds.getRepository(AssetEntity).save({ mime, content: buf, size: buf.length, sha256: createHash('sha256').update(buf).digest('hex'), createdBy: actor.id });
    void reply.status(201);
    return { id: saved.id, url: `/api/assets/${saved.id}`, mime, size: buf.length };
  }

  /** Staff see every image; a candidate only images of questions on their own papers. */
  @Get(':id')
  @Roles('trainer', 'officer', 'admin', 'candidate')
  async serve(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    if (!hasRole(user, 'trainer', 'officer', 'admin') && !(await this.onOwnPaper(user.id, id))) throw AppError.forbidden('无权查看该图片');
    const asset = await this.ds.getRepository(AssetEntity).findOneBy({ id });
    if (!asset) throw AppError.notFound('图片');
    await reply
      .header('content-type', asset.mime)
      .header('cache-control', 'private, max-age=86400')
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'")
      .send(Buffer.from(asset.content));
  }

  private async onOwnPaper(candidateId: string, assetId: string): Promise<boolean> {
    const rows = await queryRows(
      this.ds,
      `SELECT 1 FROM attempt a JOIN exam_form f ON f.id = a.form_id, jsonb_array_elements(f.items) it
         JOIN question_version v ON v.id = (it->>'versionId')::uuid
       WHERE a.candidate_id = $1 AND (strpos(v.stem, $2) > 0 OR strpos(coalesce(v.options::text, ''), $2) > 0) LIMIT 1`,
      [candidateId, `/api/assets/${assetId}`],
    );
    return rows.length > 0;
  }
}
