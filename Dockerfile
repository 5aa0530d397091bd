# syntax=docker/dockerfile:1
# The bot as one image: `docker run IMAGE` runs the chat app (Slack or Teams by its credentials), and
# `docker run IMAGE node --enable-source-maps dist/src/worker.js` the time-based rules alone.
# It runs compiled JavaScript (`npm run build`): no TypeScript compiler in production, faster start.

ARG NODE_VERSION=20.20

# --- build: every dependency, compile src/ and migrations/ to dist/ ------------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
COPY prompts ./prompts
RUN npm run build

# --- production dependencies only ----------------------------------------------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- runtime ----------------------------------------------------------------------------------------------
FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
# Code and dependencies belong to root and are read-only to the process; only the embedded database's
# folder (used when DATABASE_URL is unset) is writable by it.
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
# Liveness only (/healthz): a database outage makes instances unready (/readyz), not restarted.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself as PID 1 receives SIGTERM from `docker stop` and shuts down gracefully (see src/main.ts).
CMD ["node", "--enable-source-maps", "dist/src/main.js"]
