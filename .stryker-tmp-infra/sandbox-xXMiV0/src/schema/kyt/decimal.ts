// @ts-nocheck
import { GraphQLError, Kind } from 'graphql';
import { DECIMAL, plainDecimal } from '../../algoreg/wire/kyt-amount.ts';
import { builder } from '../../builder.ts';

/** Longest decimal accepted, in characters: far beyond any amount, short of abuse. */
const MAX_LENGTH = 60;

const refuse = (): never => {
  throw new GraphQLError(
    'Decimal must be a string of digits with an optional fraction, such as "1250.50" or "0.01233110".',
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
};

function parse(value: unknown): string {
  // A JSON number has already been rounded to a float by the time it arrives: only whole numbers
  // small enough to be exact are taken as numbers.
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value !== 'string') return refuse();
  const text = value.trim();
  if (text.length > MAX_LENGTH || !DECIMAL.test(text)) return refuse();
  return plainDecimal(text) ?? refuse();
}

builder.scalarType('Decimal', {
  description:
    'An exact decimal number, written as a string: `"1250.50"`, `"0.01233110"`. Never a float, so no digit is lost or rounded; trailing zeros are kept as Algoreg sends them. Inputs also take whole numbers.',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => (ast.kind === Kind.STRING || ast.kind === Kind.INT ? parse(ast.value) : refuse()),
});
