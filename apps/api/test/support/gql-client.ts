import type { GraphQLFormattedError } from 'graphql';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: GraphQLFormattedError[];
  headers: Headers;
}

/** One browser, as far as the API can tell: sends operations to /graphql and keeps its session cookie. */
export class GqlClient {
  private cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async raw(body: unknown, init: { headers?: Record<string, string>; method?: string } = {}): Promise<Response> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: init.method ?? 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookieHeader, ...init.headers },
      body: init.method === 'GET' ? undefined : JSON.stringify(body),
    });
    this.remember(response.headers);
    return response;
  }

  async gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> {
    const response = await this.raw({ query, variables });
    const json = (await response.json()) as { data?: T; errors?: GraphQLFormattedError[] };
    return { status: response.status, data: json.data, errors: json.errors, headers: response.headers };
  }

  /** Like gql, but fails the test with the API's own words when the operation errs. */
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }
}

export function errorCode(result: GqlResult): string | undefined {
  return result.errors?.[0]?.extensions?.code as string | undefined;
}

export function fieldErrors(result: GqlResult): string[] {
  const fields = (result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[];
  return fields.map((f) => f.field).sort();
}
