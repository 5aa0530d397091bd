import { Counter, Histogram } from 'prom-client';
import { registry } from '../../observability/metrics.ts';

// The Collection Partner API's series, in the process's one registry (served on /metrics).

export const apiRequestsTotal = new Counter({
  name: 'chatops_api_requests_total',
  help: 'Collection Partner API requests, by route (submit, list, get, openapi, other), HTTP status and whether the answer was an idempotent replay.',
  labelNames: ['route', 'status', 'replayed'] as const,
  registers: [registry],
});

export const apiRequestDuration = new Histogram({
  name: 'chatops_api_request_duration_seconds',
  help: 'Collection Partner API request duration, by route.',
  labelNames: ['route'] as const,
  buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});
