import type { CreateUserRequest, Education, Profile, Role, UpdateUserRequest, UserDto } from '@cm/contracts';

export interface UserFormValues {
  username: string;
  password?: string;
  displayName: string;
  roles: Role[];
  orgUnitId?: string | null;
  profile?: {
    education?: Education | null;
    hireDate?: string | null;
    positionLevel?: number | null;
  };
}

/** API paths that a 400 may name, mapped to the form fields (same dotted names). */
export const USER_FORM_FIELDS = [
  'username',
  'password',
  'displayName',
  'roles',
  'orgUnitId',
  'profile.education',
  'profile.hireDate',
  'profile.positionLevel',
] as const;

export function formValuesFromUser(user: UserDto): UserFormValues {
  return {
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    orgUnitId: user.orgUnitId ?? undefined,
    profile: {
      education: user.profile.education ?? undefined,
      hireDate: user.profile.hireDate ?? undefined,
      positionLevel: user.profile.positionLevel ?? undefined,
    },
  };
}

function profileFrom(values: UserFormValues, clearMissing: boolean): Profile {
  const pick = <T>(value: T | null | undefined): T | null | undefined =>
    value === undefined || value === null || value === '' ? (clearMissing ? null : undefined) : value;
  const profile: Profile = {
    education: pick(values.profile?.education),
    hireDate: pick(values.profile?.hireDate),
    positionLevel: pick(values.profile?.positionLevel),
  };
  return Object.fromEntries(Object.entries(profile).filter(([, value]) => value !== undefined));
}

export function toCreateRequest(values: UserFormValues): CreateUserRequest {
  const profile = profileFrom(values, false);
  return {
    username: values.username.trim(),
    password: values.password ?? '',
    displayName: values.displayName.trim(),
    roles: values.roles,
    ...(values.orgUnitId ? { orgUnitId: values.orgUnitId } : {}),
    ...(Object.keys(profile).length > 0 ? { profile } : {}),
  };
}

export function toUpdateRequest(values: UserFormValues): UpdateUserRequest {
  return {
    displayName: values.displayName.trim(),
    roles: values.roles,
    orgUnitId: values.orgUnitId ?? null,
    profile: profileFrom(values, true),
  };
}
