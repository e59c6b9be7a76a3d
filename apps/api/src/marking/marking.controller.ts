import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { AppError, assignMarkingTaskSchema, distributeMarkingSchema, listMarkingTasksQuerySchema, parseOrThrow, scoreMarkingTaskSchema, uuidSchema } from '@cm/contracts';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodBody, ApiZodQuery } from '../common/zod-api';
import { MarkingService } from './marking.service';

@ApiTags('marking')
@Controller('api')
export class MarkingController {
  constructor(private readonly marking: MarkingService) {}

  /** Trainers: their own and unassigned tasks free of conflicts; officers: all. Never the candidate's identity. */
  @Get('marking/tasks')
  @Roles('trainer', 'officer')
  @ApiZodQuery(listMarkingTasksQuerySchema)
  list(@CurrentUser() user: AuthUser, @Query() query: unknown) {
    return this.marking.list(user, parseOrThrow(listMarkingTasksQuerySchema, query));
  }

  @Get('marking/workload')
  @Roles('trainer', 'officer')
  @ApiQuery({ name: 'sessionId', required: false })
  workload(@CurrentUser() user: AuthUser, @Query('sessionId') sessionId?: string) {
    if (sessionId !== undefined && !uuidSchema.safeParse(sessionId).success) {
      throw AppError.validation([{ path: 'sessionId', code: 'INVALID_UUID', message: 'sessionId 必须是 UUID' }]);
    }
    return this.marking.workload(user, sessionId);
  }

  @Get('marking/tasks/:id')
  @Roles('trainer', 'officer')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.marking.get(user, id);
  }

  @Post('marking/tasks/:id/assign')
  @HttpCode(200)
  @Roles('officer')
  @ApiZodBody(assignMarkingTaskSchema)
  assign(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    return this.marking.assign(actor, id, parseOrThrow(assignMarkingTaskSchema, body).trainerId);
  }

  /** The assigned trainer scores each rubric criterion; scoring an unassigned task claims it. */
  @Post('marking/tasks/:id')
  @HttpCode(200)
  @Roles('trainer')
  @ApiZodBody(scoreMarkingTaskSchema)
  score(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    return this.marking.score(user, id, parseOrThrow(scoreMarkingTaskSchema, body));
  }

  @Post('exam-sessions/:id/marking/distribute')
  @HttpCode(200)
  @Roles('officer')
  @ApiZodBody(distributeMarkingSchema)
  distribute(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    return this.marking.distribute(actor, id, parseOrThrow(distributeMarkingSchema, body ?? {}).trainerIds);
  }
}
