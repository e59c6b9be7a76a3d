import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createSessionSchema, extraTimeSchema, listSessionsQuerySchema, parseOrThrow, registrationSchema } from '@cm/contracts';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodBody, ApiZodQuery } from '../common/zod-api';
import { SessionService } from './session.service';

@ApiTags('exam-sessions')
@Controller('api/exam-sessions')
export class SessionController {
  constructor(private readonly sessions: SessionService) {}

  @Post()
  @Roles('officer')
  @ApiZodBody(createSessionSchema)
  create(@CurrentUser() actor: AuthUser, @Body() body: unknown) {
    return this.sessions.create(actor, parseOrThrow(createSessionSchema, body));
  }

  /** Officers see all sessions; candidates the ones they are registered for. */
  @Get()
  @Roles('officer', 'candidate')
  @ApiZodQuery(listSessionsQuerySchema)
  list(@CurrentUser() user: AuthUser, @Query() query: unknown) {
    return this.sessions.list(user, parseOrThrow(listSessionsQuerySchema, query));
  }

  @Get(':id')
  @Roles('officer', 'candidate')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.sessions.get(user, id);
  }

  /** An officer enrols anyone (a waiver needs a reason); a candidate registers themself. */
  @Post(':id/registrations')
  @Roles('officer', 'candidate')
  @ApiZodBody(registrationSchema)
  register(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    const { candidateId, waiverReason } = parseOrThrow(registrationSchema, body);
    return this.sessions.register(user, id, candidateId, waiverReason);
  }

  @Post(':id/extra-time')
  @HttpCode(200)
  @Roles('officer')
  @ApiZodBody(extraTimeSchema)
  extraTime(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    const { candidateId, minutes, reason } = parseOrThrow(extraTimeSchema, body);
    return this.sessions.addExtraTime(actor, id, candidateId, minutes, reason);
  }

  @Post(':id/forms')
  @HttpCode(202)
  @Roles('officer')
  forms(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.sessions.queueForms(actor, id);
  }
}
