/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The cookies a browser keeps for the backend, by name (tests drive one
 * origin, so paths and domains do not matter).
 */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  /** Keeps what a response's `Set-Cookie` headers set, forgets what they clear. */
  store(setCookie: string | string[] | undefined) {
    const headers = typeof setCookie === 'string' ? [setCookie] : setCookie;
    for (const header of headers ?? []) {
      const [pair, ...attributes] = header.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some(a => {
        const [key, date] = a.trim().split('=');
        return (
          key.toLowerCase() === 'expires' && Date.parse(date) <= Date.now()
        );
      });
      if (value === '' || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }

  /** The `Cookie` request header. */
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}
