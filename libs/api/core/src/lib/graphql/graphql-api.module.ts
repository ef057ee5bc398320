import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { aliasLimitRule } from './alias-limit.rule';
import { costLimitPlugin } from './cost-limit.plugin';
import { costLimitRule } from './cost-limit.rule';
import { DateTime } from './date-time.scalar';
import { depthLimitRule } from './depth-limit.rule';
import { formatGraphqlError } from './format-graphql-error';
import { noStorePlugin } from './no-store.plugin';
import { QUERY_LIMITS } from './query-limits';
import { GraphqlContext, RequestLoaders } from './request-loaders';
import { storableTextPlugin } from './storable-text.plugin';

/** Apollo Server, code-first: the schema is built in memory from the resolvers (apps/api/schema.gql is its committed print). */
@Module({})
export class GraphqlApiModule {
  static forRoot(options: { development: boolean; production: boolean }): DynamicModule {
    return {
      module: GraphqlApiModule,
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTime }] },
          // No landing page, sandbox or playground anywhere (they would load from a CDN); tools read
          // apps/api/schema.gql. Introspection answers outside production only.
          playground: false,
          introspection: !options.production,
          csrfPrevention: true,
          // Apollo's default, stated: one operation per request, so that the limits below hold per request.
          allowBatchedHttpRequests: false,
          includeStacktraceInErrorResponses: options.development,
          parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
          validationRules: [
            depthLimitRule(QUERY_LIMITS.maxDepth),
            aliasLimitRule(QUERY_LIMITS.maxAliases),
            costLimitRule(QUERY_LIMITS.maxCost),
          ],
          plugins: [
            costLimitPlugin(QUERY_LIMITS.maxCost),
            storableTextPlugin(),
            // Apollo installs its cache-control plugin unless told not to; it wraps every field's resolver
            // (a tenth of the CPU of a 50-item list) to compute hints this API never gives.
            ApolloServerPluginCacheControlDisabled(),
            noStorePlugin(),
          ],
          context: (request: FastifyRequest, reply: FastifyReply): GraphqlContext => ({
            loaders: new RequestLoaders(),
            request,
            reply,
          }),
          formatError: (formatted, error) => formatGraphqlError(formatted, error, options.development),
        }),
      ],
    };
  }
}
