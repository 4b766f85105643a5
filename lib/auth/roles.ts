// Workspace roles and the signed-in person as the rest of the app sees them.
import { z } from "@/lib/validation/zod";

export const WORKSPACE_ROLES = ["admin", "member", "viewer"] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];
export const workspaceRoleSchema = z.enum(WORKSPACE_ROLES);

export const WORKSPACE_ROLE_LABELS: Record<WorkspaceRole, string> = {
  admin: "Admin",
  member: "Member",
  viewer: "Viewer",
};

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: WorkspaceRole;
}

export function isWorkspaceRole(value: string): value is WorkspaceRole {
  return (WORKSPACE_ROLES as readonly string[]).includes(value);
}

// Viewers read; members and admins write.
export function canWrite(user: SessionUser): boolean {
  return user.role === "admin" || user.role === "member";
}
