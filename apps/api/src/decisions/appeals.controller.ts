import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { decideAppealSchema, listAppealsQuerySchema, parseOrThrow } from '@cm/contracts';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodBody, ApiZodQuery } from '../common/zod-api';
import { AppealsService } from './appeals.service';

@ApiTags('level-decisions')
@Controller('api/appeals')
export class AppealsController {
  constructor(private readonly appeals: AppealsService) {}

  @Get()
  @Roles('officer')
  @ApiOperation({ summary: 'Appeals (open first)', description: '{items, total}; filter by status, decisionId.' })
  @ApiZodQuery(listAppealsQuerySchema)
  list(@Query() query: unknown) {
    return this.appeals.list(parseOrThrow(listAppealsQuerySchema, query));
  }

  @Get(':id')
  @Roles('officer', 'candidate')
  @ApiOperation({ summary: 'One appeal (officer; the appellant)' })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.appeals.get(user, id);
  }

  @Post(':id/decide')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'Decide an appeal (an officer not involved before)', description: '{outcome: granted | dismissed, reason}. granted: the decision becomes approved and the certificate is issued; dismissed: the rejection stands. 403 DECISION_SEPARATION_OF_DUTIES for the requester, the officer who decided, or the candidate. Audited.' })
  @ApiZodBody(decideAppealSchema)
  decide(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    const { outcome, reason } = parseOrThrow(decideAppealSchema, body);
    return this.appeals.decide(actor, id, outcome, reason);
  }
}
