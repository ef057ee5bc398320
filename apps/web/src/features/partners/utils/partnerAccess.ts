import type { Viewer } from '../../identity/hooks/useViewer';

export function isCoordinator(viewer: Viewer): boolean {
  return viewer.roles.includes('COORDINATOR');
}

/** Members of a verified organisation and coordinators: who may read the directory and the announcements. */
export function isPartnerOrCoordinator(viewer: Viewer): boolean {
  return (
    isCoordinator(viewer) ||
    viewer.memberships.some((membership) => membership.organisation.status === 'VERIFIED')
  );
}
