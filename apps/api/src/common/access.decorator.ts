import { SetMetadata } from '@nestjs/common';
import type { Role } from '@cm/contracts';

export const ACCESS_KEY = 'cm:access';

export type AccessRule = { kind: 'public' } | { kind: 'any' } | { kind: 'roles'; roles: Role[] };

/** Every route declares who may call it; a route without a declaration is refused and a
 * test fails (apps/api/src/common/route-access.int-spec.ts). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);
export const AnyUser = () => SetMetadata(ACCESS_KEY, { kind: 'any' } satisfies AccessRule);
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule);
