import { registerEnumType } from '@nestjs/graphql';

export enum HostOfferStatus {
  /** Saved step by step; not yet sent for verification. */
  DRAFT = 'DRAFT',
  /** Waiting for the chosen association's home visit. */
  SUBMITTED = 'SUBMITTED',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(HostOfferStatus, {
  name: 'HostOfferStatus',
  description: 'Only verified offers that are not paused enter matching.',
});

export enum RoomKind {
  PRIVATE_ROOM = 'PRIVATE_ROOM',
  SHARED_ROOM = 'SHARED_ROOM',
  WHOLE_FLAT = 'WHOLE_FLAT',
}
registerEnumType(RoomKind, { name: 'RoomKind' });

export enum AgeBand {
  UNDER_3 = '0-2',
  AGE_3_5 = '3-5',
  AGE_6_11 = '6-11',
  AGE_12_17 = '12-17',
  AGE_18_25 = '18-25',
  AGE_26_59 = '26-59',
  AGE_60_PLUS = '60+',
}
registerEnumType(AgeBand, { name: 'AgeBand', description: 'The age band of one member of a household.' });
export const CHILD_AGE_BANDS: readonly AgeBand[] = [
  AgeBand.UNDER_3,
  AgeBand.AGE_3_5,
  AgeBand.AGE_6_11,
  AgeBand.AGE_12_17,
];

export enum LegalStatus {
  ASYLUM_SEEKER = 'ASYLUM_SEEKER',
  REFUGEE = 'REFUGEE',
}
registerEnumType(LegalStatus, { name: 'LegalStatus' });

export enum HostingRequestStatus {
  /** In the matching pool. */
  OPEN = 'OPEN',
  HOSTED = 'HOSTED',
  CLOSED = 'CLOSED',
}
registerEnumType(HostingRequestStatus, { name: 'HostingRequestStatus' });

export enum HostingProposalStatus {
  /** Written by a run; seen by the referent association only. */
  PROPOSED = 'PROPOSED',
  /** Sent by the association to the host, who accepts or declines. */
  FORWARDED = 'FORWARDED',
  /** Both sides accepted: the host's address is shown to the association. */
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  /** Superseded by a newer run before anyone acted on it. */
  EXPIRED = 'EXPIRED',
}
registerEnumType(HostingProposalStatus, { name: 'HostingProposalStatus' });

export enum HostingSide {
  ASSOCIATION = 'ASSOCIATION',
  HOST = 'HOST',
}
registerEnumType(HostingSide, { name: 'HostingSide' });

export enum StayStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}
registerEnumType(StayStatus, { name: 'StayStatus' });

export enum StayEventKind {
  STARTED = 'STARTED',
  CHECK_IN = 'CHECK_IN',
  INCIDENT = 'INCIDENT',
  EXTENSION = 'EXTENSION',
  ENDED = 'ENDED',
}
registerEnumType(StayEventKind, { name: 'StayEventKind' });

export enum IncidentSeverity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
registerEnumType(IncidentSeverity, { name: 'IncidentSeverity' });

export enum RentalUnitStatus {
  AVAILABLE = 'AVAILABLE',
  /** A housing operator of the "Louez solidaire" scheme manages it. */
  TAKEN_ON = 'TAKEN_ON',
  LET = 'LET',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(RentalUnitStatus, { name: 'RentalUnitStatus' });

export enum HostingRunTrigger {
  MANUAL = 'MANUAL',
  SCHEDULE = 'SCHEDULE',
  /** Right after the pool changed: a stay ended early, a host declined. */
  EVENT = 'EVENT',
}
registerEnumType(HostingRunTrigger, { name: 'HostingRunTrigger' });

export enum HostingRunStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(HostingRunStatus, { name: 'HostingRunStatus' });
