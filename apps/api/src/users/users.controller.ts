import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createUserSchema, listUsersQuerySchema, parseOrThrow, resetPasswordSchema, updateUserSchema } from '@cm/contracts';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodBody, ApiZodQuery } from '../common/zod-api';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('api/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles('admin', 'officer')
  @ApiZodQuery(listUsersQuerySchema)
  list(@Query() query: unknown) {
    return this.users.list(parseOrThrow(listUsersQuerySchema, query));
  }

  @Get(':id')
  @Roles('admin', 'officer')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.users.get(id);
  }

  @Post()
  @Roles('admin')
  @ApiZodBody(createUserSchema)
  create(@CurrentUser() actor: AuthUser, @Body() body: unknown) {
    return this.users.create(actor, parseOrThrow(createUserSchema, body));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiZodBody(updateUserSchema)
  update(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    return this.users.update(actor, id, parseOrThrow(updateUserSchema, body));
  }

  @Post(':id/reset-password')
  @HttpCode(204)
  @Roles('admin')
  @ApiZodBody(resetPasswordSchema)
  async resetPassword(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown): Promise<void> {
    await this.users.resetPassword(actor, id, parseOrThrow(resetPasswordSchema, body).newPassword);
  }
}
