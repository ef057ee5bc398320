import { IdentityModule } from '@entraide/api-identity';
import { NotificationsModule } from '@entraide/api-notifications';
import { StockModule } from '@entraide/api-stock';
import { Module } from '@nestjs/common';

import { DispatchesResolver, DropOffsResolver, NeedsResolver, OffersResolver } from './items.resolver';
import { DemoItemsService } from './services/demo-items.service';
import { DispatchesService } from './services/dispatches.service';
import { DropOffMailService } from './services/drop-off-mail.service';
import { DropOffRemindersService } from './services/drop-off-reminders.service';
import { DropOffsService } from './services/drop-offs.service';
import { GiftTraceService } from './services/gift-trace.service';
import { NeedsService } from './services/needs.service';
import { OffersService } from './services/offers.service';

/** Commitment 14's loop: needs, offers, drop-off bookings and receipts, dispatches and deliveries. */
@Module({
  imports: [IdentityModule, NotificationsModule, StockModule],
  providers: [
    NeedsService,
    OffersService,
    DropOffsService,
    DropOffMailService,
    DropOffRemindersService,
    DispatchesService,
    GiftTraceService,
    DemoItemsService,
    NeedsResolver,
    OffersResolver,
    DropOffsResolver,
    DispatchesResolver,
  ],
  exports: [NeedsService, DemoItemsService, DispatchesService],
})
export class ItemsModule {}
