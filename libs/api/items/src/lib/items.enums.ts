import { registerEnumType } from '@nestjs/graphql';

export enum NeedUrgency {
  CRITICAL = 'CRITICAL',
  HIGH = 'HIGH',
  NORMAL = 'NORMAL',
}
registerEnumType(NeedUrgency, {
  name: 'NeedUrgency',
  description: 'How soon an association needs the items.',
});

export enum NeedStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(NeedStatus, { name: 'NeedStatus' });

export enum OfferCondition {
  NEW = 'NEW',
  LIKE_NEW = 'LIKE_NEW',
  GOOD = 'GOOD',
}
registerEnumType(OfferCondition, {
  name: 'OfferCondition',
  description: 'Only clean items in good condition are accepted.',
});

export enum OfferStatus {
  OFFERED = 'OFFERED',
  RECEIVED = 'RECEIVED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(OfferStatus, { name: 'OfferStatus' });

export enum BookingStatus {
  BOOKED = 'BOOKED',
  RECEIVED = 'RECEIVED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(BookingStatus, { name: 'DropOffStatus' });

export enum DispatchStatus {
  DISPATCHED = 'DISPATCHED',
  DELIVERED = 'DELIVERED',
}
registerEnumType(DispatchStatus, { name: 'DispatchStatus' });

/** What happened to a gift, step by step (see `traceGift`). */
export enum TraceStepKind {
  OFFERED = 'OFFERED',
  BOOKED = 'BOOKED',
  RECEIVED = 'RECEIVED',
  REFUSED = 'REFUSED',
  DISPATCHED = 'DISPATCHED',
  DELIVERED = 'DELIVERED',
  TRANSFERRED = 'TRANSFERRED',
  WRITTEN_OFF = 'WRITTEN_OFF',
  IN_STOCK = 'IN_STOCK',
}
registerEnumType(TraceStepKind, { name: 'TraceStepKind' });
