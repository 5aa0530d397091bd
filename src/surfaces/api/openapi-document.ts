import { z } from 'zod';
import {
  apiCase,
  apiCaseList,
  apiError,
  apiPreview,
  apiSubmitCaseBody,
  apiSubmitted,
} from './api-schemas.ts';

// The OpenAPI 3.1 document of the Collection Partner API, generated from the zod schemas the handlers
// validate with (api-schemas.ts): a field the API checks is a field the document shows.

const schema = (s: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(s, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;

const strip = ({ $schema: _drop, ...rest }: Record<string, unknown>) => rest;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ref('Error') } },
});

let built: Record<string, unknown> | undefined;

export function openApiDocument(): Record<string, unknown> {
  built ??= {
    openapi: '3.1.0',
    info: {
      title: 'Debitura Collection Partner API',
      version: '1.0.0',
      description:
        'Submit debt collection cases for your clients, as the submission form does, and follow them. The API has no claim type: every case submitted through it is an Unpaid Invoice. Only undisputed debts, never in a jurisdiction your organisation covers itself, documents by claim value (under 2,000 USD none; 2,000–10,000 USD a file or a description; over 10,000 USD a file).',
    },
    servers: [{ url: '/' }],
    security: [{ apiKey: [] }],
    components: {
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'Authorization: Bearer dbk_… (a key an operator created for your organisation)',
        },
      },
      schemas: {
        CaseSubmission: strip(schema(apiSubmitCaseBody, 'input')),
        SubmittedCase: strip(schema(apiSubmitted, 'output')),
        SubmissionPreview: strip(schema(apiPreview, 'output')),
        Case: strip(schema(apiCase, 'output')),
        CaseList: strip(schema(apiCaseList, 'output')),
        Error: strip(schema(apiError, 'output')),
      },
    },
    paths: {
      '/api/v1/cases': {
        post: {
          operationId: 'submitCase',
          summary: 'Submit a case for your client (always an Unpaid Invoice)',
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              description:
                'Any unique string (1–255 visible ASCII characters). A retry with the same key and the same body returns the first answer and never makes a second case; the same key with a different body is refused with 422.',
              schema: { type: 'string', minLength: 1, maxLength: 255 },
            },
          ],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('CaseSubmission') } },
          },
          responses: {
            '201': {
              description:
                'Submitted (or, with header Idempotent-Replayed: true, the first answer to this Idempotency-Key)',
              content: { 'application/json': { schema: ref('SubmittedCase') } },
            },
            '400': errorResponse('The body is not valid JSON, or a field is missing or invalid (see fields)'),
            '401': errorResponse('No key, or a wrong or revoked key'),
            '403': errorResponse('Your organisation may not submit cases (e.g. the SDCA is not signed)'),
            '413': errorResponse('The body is too large'),
            '415': errorResponse('The body is not application/json'),
            '422': errorResponse(
              'A submission rule refused the case (disputed, own jurisdiction, documents), or the Idempotency-Key was used for a different request',
            ),
            '429': errorResponse('Too many requests with this key; retry after Retry-After seconds'),
          },
        },
        get: {
          operationId: 'listCases',
          summary: 'The cases your organisation submitted, newest first',
          parameters: [
            {
              name: 'limit',
              in: 'query',
              schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 },
            },
            { name: 'before', in: 'query', schema: { type: 'integer', minimum: 1 } },
            {
              name: 'status',
              in: 'query',
              schema: (schema(apiCase, 'output').properties as Record<string, unknown>).status,
            },
          ],
          responses: {
            '200': {
              description: 'A page of cases',
              content: { 'application/json': { schema: ref('CaseList') } },
            },
            '400': errorResponse('An invalid query parameter'),
            '401': errorResponse('No key, or a wrong or revoked key'),
            '429': errorResponse('Too many requests with this key'),
          },
        },
      },
      '/api/v1/cases/preview': {
        post: {
          operationId: 'previewCase',
          summary:
            'Check a submission and see its success fee and where it would go, without submitting anything',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('CaseSubmission') } },
          },
          responses: {
            '200': {
              description: 'What submitting this case would do',
              content: { 'application/json': { schema: ref('SubmissionPreview') } },
            },
            '400': errorResponse('The body is not valid JSON, or a field is missing or invalid (see fields)'),
            '401': errorResponse('No key, or a wrong or revoked key'),
            '403': errorResponse('Your organisation may not submit cases (e.g. the SDCA is not signed)'),
            '413': errorResponse('The body is too large'),
            '415': errorResponse('The body is not application/json'),
            '422': errorResponse('A submission rule would refuse the case'),
            '429': errorResponse('Too many requests with this key'),
          },
        },
      },
      '/api/v1/cases/{id}': {
        get: {
          operationId: 'getCase',
          summary: 'A case your organisation submitted: its status and collection partner',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
          responses: {
            '200': { description: 'The case', content: { 'application/json': { schema: ref('Case') } } },
            '401': errorResponse('No key, or a wrong or revoked key'),
            '404': errorResponse('Your organisation submitted no such case'),
            '429': errorResponse('Too many requests with this key'),
          },
        },
      },
      '/api/v1/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document',
          security: [],
          responses: { '200': { description: 'The OpenAPI 3.1 document' } },
        },
      },
    },
  };
  return built;
}
