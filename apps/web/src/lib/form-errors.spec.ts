import { describe, expect, it, jest } from '@jest/globals';
import { ApiError } from './api';
import { applyFieldErrors, matchFieldProblems } from './form-errors';

const describeProblem = (problem: { message: string }) => problem.message;

describe('matchFieldProblems', () => {
  it('puts each problem on the longest known field prefixing its path', () => {
    const { matched, unmatched } = matchFieldProblems(
      [
        { path: 'roles.0', code: 'invalid_value', message: 'unknown role' },
        { path: 'profile.hireDate', code: 'invalid_format', message: 'bad date' },
        { path: 'profile[1]', code: 'x', message: 'odd' },
        { path: 'secret', code: 'unrecognized_keys', message: 'extra' },
      ],
      ['roles', 'profile', 'profile.hireDate'],
      describeProblem,
    );
    expect(matched).toEqual([
      { field: 'roles', errors: ['unknown role'] },
      { field: 'profile.hireDate', errors: ['bad date'] },
      { field: 'profile', errors: ['odd'] },
    ]);
    expect(unmatched).toEqual(['secret: extra']);
  });
});

describe('applyFieldErrors', () => {
  it('sets nested field names and renames API paths to form fields', () => {
    const setFields = jest.fn();
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'bad',
      details: { fields: [{ path: 'value', code: 'invalid_type', message: 'not a number' }] },
    });
    expect(applyFieldErrors({ setFields }, error, { value: 'valueText' }, describeProblem)).toEqual([]);
    expect(setFields).toHaveBeenCalledWith([{ name: ['valueText'], errors: ['not a number'] }]);
  });

  it('returns null for errors that are not field-level', () => {
    const setFields = jest.fn();
    expect(applyFieldErrors({ setFields }, new Error('boom'), ['a'], describeProblem)).toBeNull();
    expect(setFields).not.toHaveBeenCalled();
  });
});
