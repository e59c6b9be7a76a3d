import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { enrolOrgUnitSchema, parseOrThrow, sessionCandidatesQuerySchema } from '@cm/contracts';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { readXlsxUpload } from '../common/upload';
import { ApiZodBody, ApiZodQuery } from '../common/zod-api';
import { EnrolmentService } from './enrolment.service';
import { SessionCandidatesService } from './session-candidates.service';

const MAX_SHEET_BYTES = 2 * 1024 * 1024;

/** Officers: bulk enrolment (org unit, Excel list) and the live list of enrolled candidates. */
@ApiTags('exam-sessions')
@Controller('api/exam-sessions')
export class SessionDashboardController {
  constructor(
    private readonly enrolment: EnrolmentService,
    private readonly candidates: SessionCandidatesService,
  ) {}

  /** Every active candidate of the unit (and its sub-units): enrolled / already registered / refused with reasons. */
  @Post(':id/registrations/by-org-unit')
  @HttpCode(200)
  @Roles('officer')
  @ApiZodBody(enrolOrgUnitSchema)
  byOrgUnit(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    const { orgUnitId, includeSubUnits } = parseOrThrow(enrolOrgUnitSchema, body);
    return this.enrolment.byOrgUnit(actor, id, orgUnitId, includeSubUnits);
  }

  /** An .xlsx list with a 用户名 (or 工号) column; a per-row result. */
  @Post(':id/registrations/import')
  @HttpCode(200)
  @Roles('officer')
  @ApiConsumes('multipart/form-data')
  async fromSheet(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Req() req: FastifyRequest) {
    const file = await readXlsxUpload(req, MAX_SHEET_BYTES);
    return this.enrolment.fromSheet(actor, id, file);
  }

  @Get(':id/candidates')
  @Roles('officer')
  @ApiZodQuery(sessionCandidatesQuerySchema)
  list(@Param('id', ParseUUIDPipe) id: string, @Query() query: unknown) {
    return this.candidates.list(id, parseOrThrow(sessionCandidatesQuerySchema, query));
  }
}
