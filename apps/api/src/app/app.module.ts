import { CatalogueModule } from '@entraide/api-catalogue';
import { CoreModule, CoreModuleOptions } from '@entraide/api-core';
import { GeographyModule } from '@entraide/api-geography';
import { DynamicModule, Module } from '@nestjs/common';

@Module({})
export class AppModule {
  static register(options: CoreModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot(options), GeographyModule, CatalogueModule],
    };
  }
}
