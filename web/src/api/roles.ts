import type { SessionUser } from '../../../src/api/index.ts';

/** Where each role lands after sign-in, and how each role is named on screen. */
export type UserRole = SessionUser['role'];

export type Area = 'portal' | 'clinic' | 'console';

const areaByRole: Record<UserRole, Area> = {
  patient: 'portal',
  clinician: 'clinic',
  reviewer: 'console',
  data_scientist: 'console',
  admin: 'console',
};

export function areaForRole(role: UserRole): Area {
  return areaByRole[role];
}

export function homePathForRole(role: UserRole): string {
  return `/${areaForRole(role)}`;
}

const roleLabels: Record<UserRole, string> = {
  patient: 'Patient',
  clinician: 'Clinician',
  reviewer: 'Reviewer',
  data_scientist: 'Data scientist',
  admin: 'Administrator',
};

export function roleLabel(role: UserRole): string {
  return roleLabels[role];
}
