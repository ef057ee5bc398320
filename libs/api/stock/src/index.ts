export { InsufficientStockException, LedgerService } from './lib/services/ledger.service';
export type { MovementDraft } from './lib/services/ledger.service';
export { NEED_REMAINING_SQL, StockService } from './lib/services/stock.service';
export { MovementKind } from './lib/stock.enums';
export { StockModule } from './lib/stock.module';
export { StockLevelModel } from './lib/models/stock.models';
export { requireVariants } from './lib/utils/validation.util';
