import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as JsonSchema;
}

/** Publishes a contracts schema as the route's OpenAPI request body. */
export const ApiZodBody = (schema: z.ZodType) => ApiBody({ schema: toSchema(schema) as never });

/** Publishes each key of a contracts query schema as an OpenAPI query parameter. */
export function ApiZodQuery(schema: z.ZodObject) {
  const decorators = Object.keys(schema.shape).map((name) => ApiQuery({ name, required: false }));
  return applyDecorators(...decorators);
}
