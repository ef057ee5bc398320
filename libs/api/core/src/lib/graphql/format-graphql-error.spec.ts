import { Logger } from '@nestjs/common';
import { GraphQLError, parse } from 'graphql';

import { queryLimitError } from './query-limits';

import { formatGraphqlError } from './format-graphql-error';

describe('formatGraphqlError', () => {
  const internal = new GraphQLError('relation "secret_table" does not exist', {
    path: ['districts'],
    originalError: new Error('relation "secret_table" does not exist'),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
  let logged: jest.SpyInstance;

  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => logged.mockRestore());

  it('hides the details of unexpected errors outside development, and logs them', () => {
    const result = formatGraphqlError(internal.toJSON(), internal, false);
    expect(result).toEqual({
      message: 'Something went wrong on our side. The error has been logged; please try again later.',
      path: ['districts'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('secret_table'));
  });

  it('keeps the details in development', () => {
    expect(formatGraphqlError(internal.toJSON(), internal, true).message).toContain('secret_table');
  });

  it('passes errors with a code of their own through unchanged', () => {
    const notFound = new GraphQLError('Unknown district "75099"', { extensions: { code: 'NOT_FOUND' } });
    expect(formatGraphqlError(notFound.toJSON(), notFound, false)).toEqual(notFound.toJSON());
    expect(logged).not.toHaveBeenCalled();
  });

  it('gives variables with more errors than graphql-js reports the code BAD_USER_INPUT, without logging them', () => {
    // What Apollo makes of graphql-js's 51st variable error, which has no code of its own.
    const tooMany = new GraphQLError(
      'Too many errors processing variables, error limit reached. Execution aborted.',
      { extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    );
    expect(formatGraphqlError(tooMany.toJSON(), tooMany, false)).toEqual({
      message: 'Too many errors processing variables, error limit reached. Execution aborted.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(logged).not.toHaveBeenCalled();
  });

  it('gives a query over a limit, which Apollo calls a validation failure, the code BAD_USER_INPUT', () => {
    const limit = queryLimitError('This query uses 16 aliases; the limit is 15.', []);
    // What Apollo's ValidationError makes of a validation rule's error.
    const wrapped = new GraphQLError(limit.message, {
      originalError: limit,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(formatGraphqlError(wrapped.toJSON(), wrapped, false)).toEqual({
      message: 'This query uses 16 aliases; the limit is 15.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const unknownField = new GraphQLError('Cannot query field "x" on type "Query".', {
      originalError: new GraphQLError('Cannot query field "x" on type "Query".'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(formatGraphqlError(unknownField.toJSON(), unknownField, false)).toEqual(unknownField.toJSON());
  });

  it("words the parser's token limit like the other limits, as BAD_USER_INPUT", () => {
    const tooLong = (() => {
      try {
        parse('{ a b c d e f }', { maxTokens: 5 });
      } catch (error) {
        return error as GraphQLError;
      }
      throw new Error('parsed');
    })();
    const wrapped = new GraphQLError(tooLong.message, {
      originalError: tooLong,
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    expect(formatGraphqlError(wrapped.toJSON(), wrapped, false)).toEqual({
      message: 'This query has more than 5 tokens (names, values and punctuation); the limit is 5.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const syntax = new GraphQLError('Syntax Error: Expected Name, found <EOF>.', {
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    expect(formatGraphqlError(syntax.toJSON(), syntax, false)).toEqual(syntax.toJSON());
  });
});
