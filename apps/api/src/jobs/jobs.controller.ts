import { Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { JOB_STATES, pageQuerySchema, parseOrThrow } from '@cm/contracts';
import { AnyUser, Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodQuery } from '../common/zod-api';
import { JobsService } from './jobs.service';

const listSchema = pageQuerySchema.extend({ state: z.enum(JOB_STATES).optional() });

@ApiTags('jobs')
@Controller('api/jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  /** Admins see every job, e.g. the failed set, and can retry. */
  @Get()
  @Roles('admin')
  @ApiZodQuery(listSchema)
  list(@Query() query: unknown) {
    const q = parseOrThrow(listSchema, query);
    return this.jobs.list(q.state, q.page, q.pageSize);
  }

  @Get(':jobId')
  @AnyUser()
  get(@CurrentUser() user: AuthUser, @Param('jobId', ParseUUIDPipe) id: string) {
    return this.jobs.get(user, id);
  }

  @Post(':jobId/retry')
  @Roles('admin')
  retry(@Param('jobId', ParseUUIDPipe) id: string) {
    return this.jobs.retry(id);
  }
}
