import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { INestApplication } from '@nestjs/common';
import {
  ArgsType,
  Field,
  GraphQLModule,
  GraphQLSchemaHost,
  ObjectType,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { GraphQLObjectType, graphql, printType } from 'graphql';

import { PlainFieldArgs } from './plain-field-args.decorator';

@ObjectType()
class Greeting {
  @Field()
  name!: string;
}

@ArgsType()
class PolitenessArgs {
  @Field({ defaultValue: false })
  formal: boolean = false;
}

@Resolver(() => Greeting)
class GreetingResolver {
  @Query(() => Greeting)
  greeting(): Greeting {
    return { name: 'Amina' };
  }

  @ResolveField(() => String)
  @PlainFieldArgs(() => PolitenessArgs)
  text(greeting: Greeting, { formal }: PolitenessArgs): string {
    return formal ? `Bonjour, ${greeting.name}.` : `Salut ${greeting.name} !`;
  }
}

describe('PlainFieldArgs', () => {
  let app: INestApplication;
  let greetingType: GraphQLObjectType;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, autoSchemaFile: true })],
      providers: [GreetingResolver],
    }).compile();
    app = moduleRef.createNestApplication(new FastifyAdapter());
    await app.init();
    greetingType = app.get(GraphQLSchemaHost).schema.getType('Greeting') as GraphQLObjectType;
  });

  afterAll(() => app.close());

  it('puts the arguments class in the schema, defaults included', () => {
    expect(printType(greetingType)).toContain('text(formal: Boolean! = false): String!');
  });

  it('lets graphql-js call the method directly, so the field resolves synchronously', () => {
    const resolve = greetingType.getFields()['text'].resolve!;
    const value = resolve({ name: 'Amina' }, { formal: true }, {}, {} as never);
    expect(value).toBe('Bonjour, Amina.');
  });

  it('answers queries with the arguments given or their defaults', async () => {
    const result = await graphql({
      schema: app.get(GraphQLSchemaHost).schema,
      source: '{ greeting { plain: text formal: text(formal: true) } }',
    });
    expect(result).toEqual({ data: { greeting: { plain: 'Salut Amina !', formal: 'Bonjour, Amina.' } } });
  });
});
