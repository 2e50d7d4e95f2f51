import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('gives working defaults for an empty environment: embedded-capable, port 4000, no credentials', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database.provider).toBe('auto');
    expect(config.database.uri).toBeUndefined();
    expect(config.database.user).toBeUndefined();
    expect(config.database.password).toBeUndefined();
    expect(config.database.embedded).toEqual({ home: '.neo4j/service', port: 7687, heap: '2g', pageCache: '2g', classSharing: true });
    expect(config.seedOnStart).toBe(true);
  });

  it('reads NEO4J_URI, credentials and the database name', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j://cluster.example:7687',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'pw',
      NEO4J_DATABASE: 'vocab',
      PORT: '8080',
      SEED_ON_START: 'false',
    });
    expect(config.database).toMatchObject({ uri: 'neo4j://cluster.example:7687', user: 'reader', password: 'pw', database: 'vocab' });
    expect(config.port).toBe(8080);
    expect(config.seedOnStart).toBe(false);
  });

  it('reports every problem at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://nope', NEO4J_USER: 'only-user', NEO4J_EMBEDDED_HEAP: 'lots' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^PORT:/m);
    expect(problems).toMatch(/^NEO4J_URI:/m);
    expect(problems).toMatch(/^NEO4J_EMBEDDED_HEAP:/m);
    expect((error as ConfigError).problems.length).toBeGreaterThanOrEqual(3);
  });

  it('requires user and password together, and a URI when the provider is uri', () => {
    expect(() => loadConfig({ NEO4J_USER: 'u' })).toThrow(/NEO4J_USER and NEO4J_PASSWORD go together/);
    expect(() => loadConfig({ NEO4J_PROVIDER: 'uri' })).toThrow(/NEO4J_URI: required when NEO4J_PROVIDER=uri/);
  });

  it('treats an empty NEO4J_URI as unset', () => {
    expect(loadConfig({ NEO4J_URI: '' }).database.uri).toBeUndefined();
  });

  it('reports a lone NEO4J_USER beside every other problem, echoing the values given and masking secrets', () => {
    let error: unknown;
    try {
      loadConfig({ NEO4J_USER: 'neo4j', PORT: '99999', LOG_LEVEL: 'loud', QUERY_MAX_DEPTH: '0', API_TOKENS: 'tiny', NEO4J_PASSWORD: '' });
    } catch (e) {
      error = e;
    }
    const problems = (error as ConfigError).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT: .*\(given: '99999'\)$/),
        expect.stringMatching(/^LOG_LEVEL: .*\(given: 'loud'\)$/),
        expect.stringMatching(/^QUERY_MAX_DEPTH: .*\(given: '0'\)$/),
        expect.stringMatching(/^NEO4J_PASSWORD: NEO4J_USER and NEO4J_PASSWORD go together/),
        expect.stringMatching(/^API_TOKENS: each token must be at least 16 characters \(given: \*\*\*\)$/),
      ]),
    );
    expect(problems.join('\n')).not.toContain('tiny');
  });

  it('masks a secret that fails its own check', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687', NEO4J_USER: 'u', NEO4J_PASSWORD: 'hunter2', NEO4J_CONNECT_TIMEOUT_MS: 'soon' })).toThrow(
      /NEO4J_CONNECT_TIMEOUT_MS: .*\(given: 'soon'\)/,
    );
  });

  it('has limits and access settings that protect a default install', () => {
    const config = loadConfig({});
    expect(config.limits).toEqual({ maxDepth: 12, maxCost: 50_000, maxAliases: 30, maxDirectives: 50, maxTokens: 5_000, maxLength: 50_000 });
    expect(config.http).toEqual({ bodyLimit: '5mb', apiTokens: [], corsOrigins: [], introspection: true, cacheMaxAgeSeconds: 60 });
    expect(config.database.connectTimeoutMs).toBe(30_000);
    expect(config.database.queryTimeoutMs).toBe(15_000);
  });

  it('reads token and origin lists', () => {
    const config = loadConfig({
      API_TOKENS: ' aaaaaaaaaaaaaaaa , bbbbbbbbbbbbbbbb,',
      CORS_ORIGINS: 'https://a.example,https://b.example',
      INTROSPECTION: 'false',
    });
    expect(config.http.apiTokens).toEqual(['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb']);
    expect(config.http.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.http.introspection).toBe(false);
  });
});
