import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { batchCampaignSchema, cancelCampaignSchema, createCampaignSchema, listCampaignsQuerySchema, parseOrThrow } from '@cm/contracts';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodBody, ApiZodQuery } from '../common/zod-api';
import { CampaignsService } from './campaigns.service';

@ApiTags('ratings')
@Controller('api/rating-campaigns')
export class RatingCampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Post()
  @Roles('officer')
  @ApiOperation({ summary: 'Start a rating campaign for one candidate', description: '201 {id, ratings: [{id, raterId, relation, status}], …}. Exactly one supervisor; peers; optional self (the candidate). Pins the active competency model version and the decision policy version. Audited.' })
  @ApiZodBody(createCampaignSchema)
  create(@CurrentUser() actor: AuthUser, @Body() body: unknown) {
    return this.campaigns.create(actor, parseOrThrow(createCampaignSchema, body));
  }

  @Post('batch')
  @Roles('officer')
  @ApiOperation({ summary: 'Start one campaign per candidate of an org unit (with sub-units) or a list', description: '201 {batchId, items: campaign[], total, skipped: [{candidateId, reason}]}; the same supervisor and peers for everyone (a peer never rates themself).' })
  @ApiZodBody(batchCampaignSchema)
  batch(@CurrentUser() actor: AuthUser, @Body() body: unknown) {
    return this.campaigns.createBatch(actor, parseOrThrow(batchCampaignSchema, body));
  }

  @Get()
  @Roles('officer')
  @ApiOperation({ summary: 'List campaigns', description: '{items, total} of campaigns with their ratings and progress; overdue=1 lists open campaigns with a rating past its due date.' })
  @ApiZodQuery(listCampaignsQuerySchema)
  list(@Query() query: unknown) {
    return this.campaigns.list(parseOrThrow(listCampaignsQuerySchema, query));
  }

  @Get(':id')
  @Roles('officer')
  @ApiOperation({ summary: 'One campaign with every rater’s levels and the aggregate per item', description: 'items: [{itemId, rating, byRelation, disagreement, spread, entries: [{raterId, relation, status, level, evidence, reason, …}]}] under the policy in force.' })
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.campaigns.detail(id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'Cancel a campaign (with a reason, audited); its ratings can no longer be saved' })
  @ApiZodBody(cancelCampaignSchema)
  cancel(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    return this.campaigns.cancel(actor, id, parseOrThrow(cancelCampaignSchema, body).reason);
  }
}
