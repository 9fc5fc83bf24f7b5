/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Config } from '@backstage/config';
import {
  azureClouds,
  isAzureCloudName,
  type AzureCloudEndpoints,
  type AzureCloudName,
} from './clouds';

export { readAzureMlAuditConfig, type AzureMlAuditConfig } from './auditConfig';

/**
 * The cloud the plugins talk to: a known cloud by name, or `custom` with its
 * own endpoints (a private cloud, or the local emulator).
 *
 * @public
 */
export type AzureMlCloudConfig = {
  name: AzureCloudName | 'custom';
  endpoints: AzureCloudEndpoints;
};

/**
 * The portal's own app registration, whose API the frontend requests user
 * tokens for.
 *
 * @public
 */
export type AzureMlPortalAppConfig = {
  /** Application (client) id of the portal's app registration. */
  clientId: string;
  /** Application ID URI of its API; `api://{clientId}` unless configured. */
  audience: string;
  /**
   * How the portal app proves itself in on-behalf-of exchanges, when
   * configured; the backend plugin requires it.
   */
  credential?: AzureMlPortalAppCredential;
};

/**
 * The portal app's own credential for on-behalf-of exchanges, by explicit
 * mode: a federated token file (workload identity, preferred) or a client
 * secret (a stored secret, the last resort).
 *
 * @public
 */
export type AzureMlPortalAppCredential =
  | { mode: 'workload-identity'; tokenFilePath: string }
  | { mode: 'client-secret'; clientSecret: string };

/**
 * One Entra tenant the portal accepts users from and reaches workspaces in.
 *
 * @public
 */
export type AzureMlTenantConfig = {
  tenantId: string;
  /**
   * The subscriptions of this tenant whose Azure ML workspaces the portal
   * shows; calls for them go to this tenant. Empty when the tenant only signs
   * users in.
   */
  subscriptions: string[];
  /** How the portal acts as itself in this tenant; `azureMl.serviceIdentity` unless set. */
  serviceIdentity?: AzureMlServiceIdentityConfig;
};

/**
 * How the portal authenticates as itself when no user is present, chosen by
 * an explicit `mode`.
 *
 * @public
 */
export type AzureMlServiceIdentityConfig =
  | {
      /** Kubernetes workload identity federation: a projected token file. */
      mode: 'workload-identity';
      clientId: string;
      tenantId: string;
      tokenFilePath: string;
    }
  | {
      /** The managed identity of the host; user-assigned when clientId is set. */
      mode: 'managed-identity';
      clientId?: string;
    }
  | {
      /** A signed client assertion read from a file the platform refreshes. */
      mode: 'client-assertion';
      clientId: string;
      tenantId: string;
      tokenFilePath: string;
    }
  | {
      /** A client secret: the last resort, for where none of the above exist. */
      mode: 'client-secret';
      clientId: string;
      tenantId: string;
      clientSecret: string;
    };

/**
 * The typed `azureMl` configuration block.
 *
 * @public
 */
export type AzureMlConfig = {
  cloud: AzureMlCloudConfig;
  portalApp: AzureMlPortalAppConfig;
  /** The tenant allow-list, in configured order; never empty. */
  tenants: AzureMlTenantConfig[];
  serviceIdentity: AzureMlServiceIdentityConfig;
};

const SERVICE_IDENTITY_MODES = [
  'workload-identity',
  'managed-identity',
  'client-assertion',
  'client-secret',
] as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function readGuid(config: Config, key: string, path: string): string {
  const value = config.getString(key);
  if (!GUID.test(value)) {
    throw new Error(
      `Invalid config at ${path}.${key}: '${value}' is not a GUID (an Entra id looks like 00000000-0000-0000-0000-000000000000)`,
    );
  }
  return value;
}

function readHttpsUrl(config: Config, key: string, path: string): string {
  const value = config.getString(key);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `Invalid config at ${path}.${key}: '${value}' is not a URL`,
    );
  }
  if (url.protocol !== 'https:') {
    throw new Error(
      `Invalid config at ${path}.${key}: '${value}' must be an https URL`,
    );
  }
  return value.replace(/\/+$/, '');
}

/** Reads `azureMl.cloud` and, for `custom`, `azureMl.endpoints`. */
function readCloud(config: Config): AzureMlCloudConfig {
  const name = config.getOptionalString('cloud') ?? 'AzurePublicCloud';
  const endpoints = config.getOptionalConfig('endpoints');
  if (name !== 'custom') {
    if (!isAzureCloudName(name)) {
      throw new Error(
        `Invalid config at azureMl.cloud: '${name}' is not one of ${Object.keys(
          azureClouds,
        ).join(', ')} or custom`,
      );
    }
    if (endpoints) {
      throw new Error(
        `Invalid config at azureMl.endpoints: endpoints are only read when azureMl.cloud is 'custom', not '${name}'`,
      );
    }
    return { name, endpoints: { ...azureClouds[name] } };
  }
  if (!endpoints) {
    throw new Error(
      "Missing config azureMl.endpoints: azureMl.cloud 'custom' needs endpoints with authorityHost, resourceManager and graph",
    );
  }
  const path = 'azureMl.endpoints';
  const defaults = azureClouds.AzurePublicCloud;
  const optionalUrl = (key: string, fallback: string) =>
    endpoints.has(key) ? readHttpsUrl(endpoints, key, path) : fallback;
  const optionalString = (key: string, fallback: string) =>
    endpoints.getOptionalString(key) ?? fallback;
  return {
    name,
    endpoints: {
      authorityHost: readHttpsUrl(endpoints, 'authorityHost', path),
      resourceManager: readHttpsUrl(endpoints, 'resourceManager', path),
      resourceManagerScope: optionalString(
        'resourceManagerScope',
        defaults.resourceManagerScope,
      ),
      graph: readHttpsUrl(endpoints, 'graph', path),
      graphScope: optionalString('graphScope', defaults.graphScope),
      machineLearningScope: optionalString(
        'machineLearningScope',
        defaults.machineLearningScope,
      ),
      machineLearningDataPlaneHost: optionalString(
        'machineLearningDataPlaneHost',
        new URL(readHttpsUrl(endpoints, 'resourceManager', path)).host,
      ),
      portal: optionalUrl('portal', defaults.portal),
      machineLearningStudio: optionalUrl(
        'machineLearningStudio',
        defaults.machineLearningStudio,
      ),
    },
  };
}

/** Reads `azureMl.portalApp`. */
function readPortalApp(config: Config): AzureMlPortalAppConfig {
  const clientId = readGuid(config, 'clientId', 'azureMl.portalApp');
  const credential = config.getOptionalConfig('credential');
  return {
    clientId,
    audience: config.getOptionalString('audience') ?? `api://${clientId}`,
    ...(credential ? { credential: readPortalAppCredential(credential) } : {}),
  };
}

/** Reads `azureMl.portalApp.credential`: one explicit mode, its key only. */
function readPortalAppCredential(config: Config): AzureMlPortalAppCredential {
  const path = 'azureMl.portalApp.credential';
  const mode = config.getString('mode');
  const keyOf: Record<string, string> = {
    'workload-identity': 'tokenFilePath',
    'client-secret': 'clientSecret',
  };
  if (!keyOf[mode]) {
    throw new Error(
      `Invalid config at ${path}.mode: '${mode}' is not one of ${Object.keys(
        keyOf,
      ).join(', ')}`,
    );
  }
  for (const key of Object.values(keyOf)) {
    if (config.has(key) && key !== keyOf[mode]) {
      throw new Error(
        `Invalid config at ${path}.${key}: mode '${mode}' does not use ${key}; remove it or choose the mode that does`,
      );
    }
  }
  const value = config.getOptionalString(keyOf[mode]);
  if (!value) {
    throw new Error(
      `Missing config at ${path}.${keyOf[mode]}: mode '${mode}' needs it`,
    );
  }
  return mode === 'client-secret'
    ? { mode, clientSecret: value }
    : { mode: 'workload-identity', tokenFilePath: value };
}

/** Reads one entry of `azureMl.tenants`. */
function readTenant(config: Config, index: number): AzureMlTenantConfig {
  const path = `azureMl.tenants[${index}]`;
  const subscriptions = (
    config.getOptionalStringArray('subscriptions') ?? []
  ).map((subscriptionId, i) => {
    if (!GUID.test(subscriptionId)) {
      throw new Error(
        `Invalid config at ${path}.subscriptions[${i}]: '${subscriptionId}' is not a subscription id (a GUID)`,
      );
    }
    return subscriptionId.toLowerCase();
  });
  const serviceIdentity = config.getOptionalConfig('serviceIdentity');
  return {
    tenantId: readGuid(config, 'tenantId', path),
    subscriptions,
    ...(serviceIdentity
      ? {
          serviceIdentity: readServiceIdentity(
            serviceIdentity,
            `${path}.serviceIdentity`,
          ),
        }
      : {}),
  };
}

/** Reads `azureMl.tenants`, the allow-list, with their subscriptions. */
function readTenants(configs: Config[]): AzureMlTenantConfig[] {
  if (configs.length === 0) {
    throw new Error(
      'Invalid config at azureMl.tenants: list at least one tenant the portal accepts users from',
    );
  }
  const tenants = configs.map(readTenant);
  const seen = new Set<string>();
  const owner = new Map<string, string>();
  for (const { tenantId, subscriptions } of tenants) {
    const key = tenantId.toLowerCase();
    if (seen.has(key)) {
      throw new Error(
        `Invalid config at azureMl.tenants: tenant ${tenantId} is listed twice`,
      );
    }
    seen.add(key);
    for (const subscriptionId of subscriptions) {
      const other = owner.get(subscriptionId);
      if (other) {
        throw new Error(
          `Invalid config at azureMl.tenants: subscription ${subscriptionId} is listed under tenant ${other} and tenant ${tenantId}; a subscription belongs to one tenant`,
        );
      }
      owner.set(subscriptionId, tenantId);
    }
  }
  return tenants;
}

/** Reads `azureMl.serviceIdentity`, whose `mode` decides which keys belong. */
function readServiceIdentity(
  config: Config,
  path = 'azureMl.serviceIdentity',
): AzureMlServiceIdentityConfig {
  const mode = config.getString('mode');
  const allowed: Record<string, readonly string[]> = {
    'workload-identity': ['clientId', 'tenantId', 'tokenFilePath'],
    'managed-identity': ['clientId'],
    'client-assertion': ['clientId', 'tenantId', 'tokenFilePath'],
    'client-secret': ['clientId', 'tenantId', 'clientSecret'],
  };
  if (!(SERVICE_IDENTITY_MODES as readonly string[]).includes(mode)) {
    throw new Error(
      `Invalid config at ${path}.mode: '${mode}' is not one of ${SERVICE_IDENTITY_MODES.join(
        ', ',
      )}`,
    );
  }
  for (const key of ['clientId', 'tenantId', 'tokenFilePath', 'clientSecret']) {
    if (config.has(key) && !allowed[mode].includes(key)) {
      throw new Error(
        `Invalid config at ${path}.${key}: mode '${mode}' does not use ${key}; remove it or choose the mode that does`,
      );
    }
  }
  const required = (key: string) => {
    if (!config.has(key)) {
      throw new Error(
        `Missing config ${path}.${key}: mode '${mode}' needs ${key}`,
      );
    }
  };
  allowed[mode].forEach(key => {
    if (!(mode === 'managed-identity' && key === 'clientId')) required(key);
  });
  const clientId = () => readGuid(config, 'clientId', path);
  const tenantId = () => readGuid(config, 'tenantId', path);
  switch (mode) {
    case 'managed-identity':
      return config.has('clientId') ? { mode, clientId: clientId() } : { mode };
    case 'client-secret':
      return {
        mode,
        clientId: clientId(),
        tenantId: tenantId(),
        clientSecret: config.getString('clientSecret'),
      };
    default:
      return {
        mode: mode as 'workload-identity' | 'client-assertion',
        clientId: clientId(),
        tenantId: tenantId(),
        tokenFilePath: config.getString('tokenFilePath'),
      };
  }
}

/**
 * Reads and validates the `azureMl` configuration block, failing at startup
 * with a message that names the offending key.
 *
 * @public
 */
export function readAzureMlConfig(config: Config): AzureMlConfig {
  const azureMl = config.getConfig('azureMl');
  return {
    cloud: readCloud(azureMl),
    portalApp: readPortalApp(azureMl.getConfig('portalApp')),
    tenants: readTenants(azureMl.getConfigArray('tenants')),
    serviceIdentity: readServiceIdentity(azureMl.getConfig('serviceIdentity')),
  };
}
