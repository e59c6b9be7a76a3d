import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { JOB_PAYLOADS, JOB_STATES, type JobName, pageQuerySchema, parseOrThrow } from '@cm/contracts';
import { AnyUser, Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodQuery } from '../common/zod-api';
import { JobsService } from './jobs.service';

const listSchema = pageQuerySchema.extend({ state: z.enum(JOB_STATES).optional(), name: z.enum(Object.keys(JOB_PAYLOADS) as [JobName, ...JobName[]]).optional() });

@ApiTags('jobs')
@Controller('api/jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  /** Admins see every job, e.g. the failed set with error and attempts, and can retry. */
  @Get()
  @Roles('admin')
  @ApiZodQuery(listSchema)
  list(@Query() query: unknown) {
    const q = parseOrThrow(listSchema, query);
    return this.jobs.list({ state: q.state, name: q.name }, q.page, q.pageSize);
  }

  @Get(':jobId')
  @AnyUser()
  get(@CurrentUser() user: AuthUser, @Param('jobId', ParseUUIDPipe) id: string) {
    return this.jobs.get(user, id);
  }

  /** Re-dispatches a failed job through the outbox (audited). */
  @Post(':jobId/retry')
  @HttpCode(202)
  @Roles('admin')
  retry(@CurrentUser() actor: AuthUser, @Param('jobId', ParseUUIDPipe) id: string) {
    return this.jobs.retry(actor, id);
  }
}
