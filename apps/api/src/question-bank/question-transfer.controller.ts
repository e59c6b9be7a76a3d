import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AppError, listQuestionsQuerySchema, parseOrThrow } from '@cm/contracts';
import { UploadEntity } from '@cm/db';
import { DEFAULT_SHEET_LIMITS, inspectXlsxZip, SpreadsheetError } from '@cm/spreadsheet';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { readUpload } from '../common/upload';
import { ApiZodQuery } from '../common/zod-api';
import { JobsService } from '../jobs/jobs.service';
import { QuestionExportService } from './question-export.service';

const MAX_BYTES = 20 * 1024 * 1024;
const importQuerySchema = z.object({
  format: z.enum(['xlsx', 'moodle', 'gift']).optional(),
  syllabusNodeId: z.uuid().optional(),
  trackId: z.uuid().optional(),
  submit: z.enum(['true', 'false']).default('false'),
});
const exportQuerySchema = listQuestionsQuerySchema.omit({ page: true, pageSize: true }).extend({ format: z.enum(['xlsx', 'moodle', 'gift']).default('xlsx') });

function formatFromName(name: string): 'xlsx' | 'moodle' | 'gift' | null {
  const ext = name.toLowerCase().split('.').pop();
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'xml') return 'moodle';
  if (ext === 'gift' || ext === 'txt') return 'gift';
  return null;
}

/** Excel template, import (a queued job that imports all or nothing) and export, plus Moodle
 * XML and GIFT so banks move to and from other exam systems. */
@ApiTags('questions')
@Controller('api/questions')
export class QuestionTransferController {
  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobsService,
    private readonly exporter: QuestionExportService,
  ) {}

  @Get('import-template')
  @Roles('trainer')
  async template(@Res() reply: FastifyReply): Promise<void> {
    const buf = await this.exporter.template();
    await reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="question-template.xlsx"; filename*=UTF-8''${encodeURIComponent('题库导入模板.xlsx')}`)
      .send(buf);
  }

  @Post('import')
  @HttpCode(202)
  @Roles('trainer')
  @ApiConsumes('multipart/form-data')
  @ApiZodQuery(importQuerySchema)
  async import(@CurrentUser() actor: AuthUser, @Req() req: FastifyRequest, @Query() query: unknown): Promise<{ jobId: string }> {
    const q = parseOrThrow(importQuerySchema, query);
    const file = await readUpload(req, MAX_BYTES);
    const format = q.format ?? formatFromName(file.filename);
    if (!format) throw new AppError('FILE_UNSUPPORTED', '只支持 .xlsx、Moodle XML(.xml)和 GIFT(.gift/.txt)文件');
    if (format === 'xlsx') {
      try {
        inspectXlsxZip(file.buffer, { ...DEFAULT_SHEET_LIMITS, maxFileBytes: MAX_BYTES });
      } catch (err) {
        if (!(err instanceof SpreadsheetError)) throw err;
        if (err.code === 'FILE_TOO_LARGE') throw new AppError('FILE_TOO_LARGE', err.message);
        if (err.code === 'NOT_XLSX') throw new AppError('FILE_UNSUPPORTED', err.message, { reason: err.code });
        throw new AppError('FILE_INVALID', err.message, { reason: err.code, ...err.details });
      }
    } else if (file.buffer.includes(0)) {
      throw new AppError('FILE_UNSUPPORTED', '文件不是文本格式');
    }
    const job = await this.ds.transaction(async (m) => {
      const upload = await m.save(m.getRepository(UploadEntity).create({ kind: `questions-${format}`, filename: file.filename, content: file.buffer, size: file.buffer.length, createdBy: actor.id }));
      return this.jobs.create(m, 'import-questions', {
        uploadId: upload.id, actorId: actor.id, format, defaultNodeId: q.syllabusNodeId ?? null, trackId: q.trackId ?? null, submit: q.submit === 'true',
      }, { createdBy: actor.id });
    });
    await this.jobs.deliver(job);
    return { jobId: job.id };
  }

  @Get('export')
  @Roles('trainer', 'officer')
  @ApiZodQuery(exportQuerySchema)
  @ApiQuery({ name: 'format', required: false, enum: ['xlsx', 'moodle', 'gift'] })
  async export(@Query() query: unknown, @Res() reply: FastifyReply): Promise<void> {
    const q = parseOrThrow(exportQuerySchema, query);
    const out = await this.exporter.export(q);
    await reply
      .header('content-type', out.contentType)
      .header('content-disposition', `attachment; filename="questions.${out.ext}"; filename*=UTF-8''${encodeURIComponent(`题库导出.${out.ext}`)}`)
      .header('x-skipped-count', String(out.skipped))
      .send(out.body);
  }
}
