import { IdentityModule } from '@entraide/api-identity';
import { Module } from '@nestjs/common';

import { LedgerService } from './services/ledger.service';
import { StockService } from './services/stock.service';
import { TransfersService } from './services/transfers.service';
import { StockExportsController } from './stock-exports.controller';
import { StockResolver } from './stock.resolver';

/** The collection points' stock: append-only ledger, levels, counts, write-offs, transfers, exports. */
@Module({
  imports: [IdentityModule],
  controllers: [StockExportsController],
  providers: [LedgerService, StockService, TransfersService, StockResolver],
  exports: [LedgerService, StockService],
})
export class StockModule {}
