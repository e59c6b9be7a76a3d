import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { listRatingsQuerySchema, parseOrThrow, saveRatingSchema } from '@cm/contracts';
import { AnyUser } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodBody, ApiZodQuery } from '../common/zod-api';
import { RatingsService } from './ratings.service';

/** Rating a colleague is not a role: any user named as a rater may rate (api-contract.md). */
@ApiTags('ratings')
@Controller('api/ratings')
export class RatingsController {
  constructor(private readonly ratings: RatingsService) {}

  @Get()
  @AnyUser()
  @ApiOperation({ summary: 'Rating to-dos and lists', description: 'mine=1: the caller’s ratings in open campaigns (non-officers always get only their own). Officers may filter by campaignId, candidateId, raterId, status, overdue=1 (not submitted and past the due date: the dashboard list). {items, total}.' })
  @ApiZodQuery(listRatingsQuerySchema)
  list(@CurrentUser() user: AuthUser, @Query() query: unknown) {
    return this.ratings.list(user, parseOrThrow(listRatingsQuerySchema, query));
  }

  @Get(':id')
  @AnyUser()
  @ApiOperation({ summary: 'The rating form (the rater; officers read)', description: 'The campaign’s model version: rated items with each level’s summary, completeness, provenance and ▶ indicators {id, text}; the generic level definitions for levels without text; the rules (indicator ratio, evidence threshold); and the saved entries.' })
  form(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.ratings.form(user, id);
  }

  @Put(':id')
  @AnyUser()
  @ApiOperation({ summary: 'Save a draft (that rater)', description: 'The items replace the draft. `level` is what counts; when observedIndicatorIds propose another level, `reason` is required (400 REASON_REQUIRED). 409 RATING_ALREADY_SUBMITTED after submission. Others: 404 (officers 403), nothing written.' })
  @ApiZodBody(saveRatingSchema)
  save(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    return this.ratings.save(user, id, body);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @AnyUser()
  @ApiOperation({ summary: 'Submit (that rater)', description: '200 {status: "submitted"}; 422 RATING_INCOMPLETE (details.missingItemIds) when an item is missing; 422 RATING_EVIDENCE_REQUIRED (details.itemIds) when a level ≥ 3 has no evidence. Audited.' })
  submit(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.ratings.submit(user, id);
  }
}
