import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { blueprintBodySchema, listBlueprintsQuerySchema, parseOrThrow, updateBlueprintSchema } from '@cm/contracts';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodBody, ApiZodQuery } from '../common/zod-api';
import { BlueprintService } from './blueprint.service';

@ApiTags('blueprints')
@Controller('api/blueprints')
export class BlueprintController {
  constructor(private readonly blueprints: BlueprintService) {}

  @Post()
  @Roles('officer')
  @ApiZodBody(blueprintBodySchema)
  create(@CurrentUser() actor: AuthUser, @Body() body: unknown) {
    return this.blueprints.create(actor, body);
  }

  @Get()
  @Roles('officer', 'trainer')
  @ApiZodQuery(listBlueprintsQuerySchema)
  list(@Query() query: unknown) {
    return this.blueprints.list(parseOrThrow(listBlueprintsQuerySchema, query));
  }

  @Get(':id')
  @Roles('officer', 'trainer')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.blueprints.get(id);
  }

  /** Drafts only: an active or retired version never changes (a new version is created instead). */
  @Patch(':id')
  @Roles('officer')
  @ApiZodBody(updateBlueprintSchema)
  update(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    return this.blueprints.update(actor, id, parseOrThrow(updateBlueprintSchema, body));
  }

  @Post(':id/feasibility')
  @HttpCode(200)
  @Roles('officer', 'trainer')
  feasibility(@Param('id', ParseUUIDPipe) id: string) {
    return this.blueprints.feasibility(id);
  }

  @Post(':id/activate')
  @HttpCode(200)
  @Roles('officer')
  activate(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.blueprints.activate(actor, id);
  }
}
