import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';

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
});
