import type { Profile, Role, UserDto } from '@cm/contracts';
import type { UserEntity } from '@cm/db';

export function toUserDto(u: UserEntity): UserDto {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles as Role[],
    orgUnitId: u.orgUnitId,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
    profile: (u.profile ?? {}) as Profile,
    createdAt: new Date(u.createdAt).toISOString(),
  };
}
