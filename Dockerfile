# syntax=docker/dockerfile:1
# The gateway as an image: compiled JavaScript (dist/) on Node 24 LTS, production dependencies only,
# running as the unprivileged `node` user. Built and run as the README's "Running several replicas" says.
ARG NODE_IMAGE=node:24-bookworm-slim

# ---- build: every dependency (TypeScript among them), then `npm run build` → dist/
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# ---- runtime: production dependencies and dist/ only
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=4000 \
    HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# GraphiQL's example tabs are read from here at start-up.
COPY schema/operations ./schema/operations
USER node
EXPOSE 4000
# /health answers while the process is alive; orchestrators that route traffic should probe /ready.
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM drains in-flight requests for SHUTDOWN_TIMEOUT_MS; give `docker stop -t` more than that.
STOPSIGNAL SIGTERM
CMD ["node", "--max-semi-space-size=32", "dist/main.js"]
