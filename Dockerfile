# The simulator as a small, non-root image. TypeScript runs through tsx, so
# there is no build step and the image holds exactly what `npm start` runs.
FROM node:20-bookworm-slim

# HOST=0.0.0.0 opens the admin API (/__sim) beyond loopback: the simulator
# then refuses to start without SIM_ADMIN_TOKEN (docker run -e SIM_ADMIN_TOKEN=...).
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080

WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

COPY protocol ./protocol
COPY simulator ./simulator

USER node
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/__sim/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node itself is PID 1 (not npm and a shell), so SIGTERM reaches the simulator's orderly close.
CMD ["node", "--import", "tsx", "simulator/main.ts"]
