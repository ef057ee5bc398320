import { CatalogueModule } from '@entraide/api-catalogue';
import { CoreModule, CoreModuleOptions } from '@entraide/api-core';
import { GeographyModule } from '@entraide/api-geography';
import { HostingModule } from '@entraide/api-hosting';
import { IdentityModule } from '@entraide/api-identity';
import { ItemsModule } from '@entraide/api-items';
import { MatchingModule } from '@entraide/api-matching';
import { MissionsModule } from '@entraide/api-missions';
import { NotificationsModule } from '@entraide/api-notifications';
import { FundingModule } from '@entraide/api-funding';
import { ReportingModule } from '@entraide/api-reporting';
import { StockModule } from '@entraide/api-stock';
import { DynamicModule, Module } from '@nestjs/common';

@Module({})
export class AppModule {
  static register(options: CoreModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(options),
        IdentityModule,
        GeographyModule,
        CatalogueModule,
        StockModule,
        ItemsModule,
        MatchingModule,
        HostingModule,
        MissionsModule,
        FundingModule,
        NotificationsModule,
        ReportingModule,
      ],
    };
  }
}
