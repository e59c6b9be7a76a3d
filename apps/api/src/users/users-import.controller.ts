import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { AppError, USER_IMPORT_COLUMNS } from '@cm/contracts';
import { UploadEntity } from '@cm/db';
import { DEFAULT_SHEET_LIMITS, inspectXlsxZip, SpreadsheetError, writeSheet } from '@cm/spreadsheet';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { readXlsxUpload } from '../common/upload';
import { JobsService } from '../jobs/jobs.service';

const MAX_BYTES = 5 * 1024 * 1024;

@ApiTags('users')
@Controller('api/users')
export class UsersImportController {
  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobsService,
  ) {}

  @Get('import-template')
  @Roles('admin')
  async template(@Res() reply: FastifyReply): Promise<void> {
    const buf = await writeSheet('用户', [...USER_IMPORT_COLUMNS], [
      ['zhangsan', '张三', '考生', '', 'Init-Pass-2026', '本科', '2020-07-01', '1'],
      ['lisi', '李四', '培训师,考生', '', 'Init-Pass-2026', '大专', '2018-03-15', '2'],
    ]);
    await reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="users-template.xlsx"; filename*=UTF-8''${encodeURIComponent('用户导入模板.xlsx')}`)
      .send(buf);
  }

  /** Stores the file and queues the import; the whole file is validated before any row is
   * written, and a file with any bad row imports nothing (the job fails with every row error). */
  @Post('import')
  @HttpCode(202)
  @Roles('admin')
  @ApiConsumes('multipart/form-data')
  async import(@CurrentUser() actor: AuthUser, @Req() req: FastifyRequest): Promise<{ jobId: string }> {
    const file = await readXlsxUpload(req, MAX_BYTES);
    try {
      inspectXlsxZip(file.buffer, { ...DEFAULT_SHEET_LIMITS, maxFileBytes: MAX_BYTES });
    } catch (err) {
      if (err instanceof SpreadsheetError) throw new AppError(err.code === 'FILE_TOO_LARGE' ? 'FILE_TOO_LARGE' : 'FILE_INVALID', err.message, { reason: err.code, ...err.details });
      throw err;
    }
    const job = await this.ds.transaction(async (m) => {
      const upload = await m.save(m.getRepository(UploadEntity).create({ kind: 'users', filename: file.filename, content: file.buffer, size: file.buffer.length, createdBy: actor.id }));
      return this.jobs.create(m, 'import-users', { uploadId: upload.id, actorId: actor.id }, { createdBy: actor.id });
    });
    await this.jobs.deliver(job);
    return { jobId: job.id };
  }
}
