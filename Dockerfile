# The simulator as a small, non-root image: TypeScript is compiled in the
# build stage, and the final stage holds dist/ and the runtime dependencies
# only (no compiler, no test tools).
FROM node:20.20-bookworm-slim AS build
# better-sqlite3 (the SQLite store) is a native addon: node-gyp builds it where no
# prebuilt binary can be fetched.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY protocol ./protocol
COPY simulator ./simulator
COPY client ./client
# npm ci runs the prepare script, which compiles to dist/.
RUN npm ci --no-audit --no-fund

FROM node:20.20-bookworm-slim
# HOST=0.0.0.0 opens the admin API (/__sim) beyond loopback: the simulator
# then refuses to start without SIM_ADMIN_TOKEN (docker run -e SIM_ADMIN_TOKEN=...).
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: prepare would compile again, and the compiler stays in the build stage.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The SQLite addon compiled in the build stage (same base image, same ABI).
COPY --from=build /app/node_modules/better-sqlite3/build ./node_modules/better-sqlite3/build
# The SQLite store's default place; docker-compose mounts a volume here.
RUN mkdir -p /app/data && chown node:node /app/data

USER node
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/__sim/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node itself is PID 1 (not npm and a shell), so SIGTERM reaches the simulator's orderly close.
CMD ["node", "dist/simulator/main.js"]
