import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';

import { GraphqlContext } from '../graphql/request-loaders';
import { MetricsService } from './metrics.service';

/** Labels each GraphQL request with its operation and counts the errors it returns by code. */
@Plugin()
export class GraphqlMetricsPlugin implements ApolloServerPlugin<GraphqlContext> {
  constructor(private readonly metrics: MetricsService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GraphqlContext>> {
    const metrics = this.metrics;
    let operation = 'anonymous';
    return {
      async didResolveOperation({ operationName, contextValue }) {
        operation = metrics.noteOperation(contextValue.request, operationName);
      },
      async didEncounterErrors({ errors }) {
        for (const error of errors) metrics.recordGraphqlError(error.extensions?.['code'], operation);
      },
    };
  }
}
