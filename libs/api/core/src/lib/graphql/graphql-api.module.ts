import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { depthLimitRule } from './depth-limit.rule';
import { formatGraphqlError } from './format-graphql-error';
import { GraphqlContext, RequestLoaders } from './request-loaders';

const MAX_QUERY_DEPTH = 10;

/** Apollo Server, code-first: the schema is built in memory from the resolvers (apps/api/schema.gql is its committed print). */
@Module({})
export class GraphqlApiModule {
  static forRoot(options: { development: boolean }): DynamicModule {
    return {
      module: GraphqlApiModule,
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: true,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: options.development,
          validationRules: [depthLimitRule(MAX_QUERY_DEPTH)],
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
