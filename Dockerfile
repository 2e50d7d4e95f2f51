# The service alone; docker-compose.yml runs it beside neo4j:5.26-community.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY tsconfig.json ./
COPY schema ./schema
COPY seed ./seed
COPY src ./src
ENV HOST=0.0.0.0 PORT=4000 NEO4J_PROVIDER=uri
EXPOSE 4000
USER node
CMD ["node", "--import", "tsx", "src/main.ts"]
