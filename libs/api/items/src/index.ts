export { ItemsModule } from './lib/items.module';
export { attributeFifo } from './lib/utils/fifo-attribution.util';
export { DemoItemsService } from './lib/services/demo-items.service';
export { DispatchesService } from './lib/services/dispatches.service';
export { DispatchModel } from './lib/models/items.models';
export { DropOffRemindersService } from './lib/services/drop-off-reminders.service';
