import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { appealSchema, approveDecisionSchema, batchDecisionsSchema, createDecisionSchema, listDecisionsQuerySchema, parseOrThrow, rejectDecisionSchema } from '@cm/contracts';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodBody, ApiZodQuery } from '../common/zod-api';
import { AppealsService } from './appeals.service';
import { DecisionsService } from './decisions.service';

@ApiTags('level-decisions')
@Controller('api/level-decisions')
export class LevelDecisionsController {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly appeals: AppealsService,
  ) {}

  @Post()
  @Roles('officer')
  @ApiOperation({
    summary: 'Request a level decision',
    description: '201 {id, status: "pending_approval", requestedBy, recommendation: {awarded, level, examScore, behaviouralIndex, composite, checks: [{code, passed, detail, actual, required, items?}]}, inputs: {modelVersion, policyVersion, …}}. Created even without a published exam or submitted ratings (those checks fail). 409 when a request is pending or the level is already approved.',
  })
  @ApiZodBody(createDecisionSchema)
  create(@CurrentUser() actor: AuthUser, @Body() body: unknown) {
    return this.decisions.request(actor, parseOrThrow(createDecisionSchema, body));
  }

  @Post('batch')
  @HttpCode(202)
  @Roles('officer')
  @ApiOperation({ summary: 'Recommendations for a whole session as a job', description: '202 {jobId}: a pending request for every registered candidate of a published session (409 before publication); GET /api/jobs/:jobId shows progress and the result {requested, recommended, refused, skipped}. Reruns skip existing requests.' })
  @ApiZodBody(batchDecisionsSchema)
  batch(@CurrentUser() actor: AuthUser, @Body() body: unknown) {
    return this.decisions.batch(actor, parseOrThrow(batchDecisionsSchema, body).sessionId);
  }

  @Get()
  @Roles('officer', 'candidate')
  @ApiOperation({ summary: 'List decisions', description: '{items, total}, newest first. Officers filter by candidateId, trackId, targetLevel, status, recommended, sessionId, batchJobId; a candidate gets only their own.' })
  @ApiZodQuery(listDecisionsQuerySchema)
  list(@CurrentUser() user: AuthUser, @Query() query: unknown) {
    return this.decisions.list(user, parseOrThrow(listDecisionsQuerySchema, query));
  }

  @Get(':id')
  @Roles('officer', 'candidate')
  @ApiOperation({ summary: 'One decision (officer; the candidate)', description: 'With the recommendation, pinned versions, certificate, appeal and appealDeadline. Others: 404.' })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.decisions.get(user, id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({
    summary: 'Approve (an officer other than the requester and the candidate)',
    description: '200 {status: "approved", certificate: {code}, effectiveAt, …}: the level enters the history and a certificate is issued. 403 DECISION_SEPARATION_OF_DUTIES; 422 DECISION_NOT_AWARDED when the recommendation refuses the level and no overrideReason is given; 409 when already decided. Audited (approved / overridden).',
  })
  @ApiZodBody(approveDecisionSchema)
  approve(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    return this.decisions.approve(actor, id, parseOrThrow(approveDecisionSchema, body ?? {}));
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'Reject (an officer other than the requester and the candidate)', description: '200 {status: "rejected"}; 403 DECISION_SEPARATION_OF_DUTIES. Audited.' })
  @ApiZodBody(rejectDecisionSchema)
  reject(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    return this.decisions.reject(actor, id, parseOrThrow(rejectDecisionSchema, body).reason);
  }

  @Post(':id/appeals')
  @Roles('candidate')
  @ApiOperation({ summary: 'Appeal a rejection (the candidate, within the window: default 30 days)', description: '201 appeal; 422 APPEAL_WINDOW_CLOSED after the window; 409 when not rejected or already appealed; another user: 404. Decided by an officer not involved before: POST /api/appeals/:id/decide.' })
  @ApiZodBody(appealSchema)
  appeal(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    return this.appeals.file(user, id, parseOrThrow(appealSchema, body).text);
  }
}
