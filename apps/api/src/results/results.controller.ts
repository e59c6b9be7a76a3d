import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { parseOrThrow, sessionResultsQuerySchema } from '@cm/contracts';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodQuery } from '../common/zod-api';
import { ResultsService } from './results.service';

@ApiTags('results')
@Controller('api/exam-sessions/:id')
export class ResultsController {
  constructor(private readonly results: ResultsService) {}

  /** Results become visible to candidates; attempts graded later become visible as they are graded. */
  @Post('publish')
  @HttpCode(200)
  @Roles('officer')
  publish(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.results.publish(actor.id, id);
  }

  /** Score distribution, pass rate, per-area means, per-form results and the attempts (paged). */
  @Get('results')
  @Roles('officer')
  @ApiZodQuery(sessionResultsQuerySchema)
  list(@Param('id', ParseUUIDPipe) id: string, @Query() query: unknown) {
    return this.results.sessionResults(id, parseOrThrow(sessionResultsQuerySchema, query));
  }

  /** Excel export; text cells that could be read as formulas are neutralised. */
  @Get('results/export')
  @Roles('officer')
  async export(@Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const out = await this.results.exportResults(id);
    await reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="results.xlsx"; filename*=UTF-8''${encodeURIComponent(`${out.title}-成绩.xlsx`)}`)
      .send(out.body);
  }
}
