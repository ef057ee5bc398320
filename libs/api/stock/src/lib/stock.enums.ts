import { registerEnumType } from '@nestjs/graphql';

/** Why a stock level changed; the sign of a movement's quantity follows from its kind. */
export enum MovementKind {
  RECEIPT = 'RECEIPT',
  DISPATCH = 'DISPATCH',
  TRANSFER_OUT = 'TRANSFER_OUT',
  TRANSFER_IN = 'TRANSFER_IN',
  ADJUSTMENT = 'ADJUSTMENT',
  WRITE_OFF = 'WRITE_OFF',
}
registerEnumType(MovementKind, { name: 'MovementKind', description: 'Why a stock level changed.' });

export enum TransferStatus {
  IN_TRANSIT = 'IN_TRANSIT',
  RECEIVED = 'RECEIVED',
}
registerEnumType(TransferStatus, { name: 'TransferStatus' });
