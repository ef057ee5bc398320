import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { MIGRATIONS } from './migrations';

/** TypeORM on the given PostgreSQL; entities come from each domain module (`TypeOrmModule.forFeature`). */
@Module({})
export class DatabaseModule {
  static forRoot(url: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url,
          autoLoadEntities: true,
          synchronize: false,
          migrations: MIGRATIONS,
          migrationsTableName: 'typeorm_migration',
          migrationsRun: false,
          // Short OLTP queries: compiling them with JIT costs more than it saves.
          extra: { max: 10, application_name: 'entraide-api', options: '-c jit=off' },
          logging: false,
        }),
      ],
    };
  }
}
