/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ConfigReader } from '@backstage/config';
import { azureClouds } from './clouds';
import { readAzureMlConfig } from './config';

const PORTAL = '44444444-0000-4000-8000-000000000001';
const CONTOSO = '11111111-0000-4000-8000-000000000001';
const FABRIKAM = '11111111-0000-4000-8000-000000000002';

const base = {
  portalApp: { clientId: PORTAL },
  tenants: [{ tenantId: CONTOSO }],
  serviceIdentity: { mode: 'managed-identity' },
};

const read = (azureMl: object) =>
  readAzureMlConfig(new ConfigReader({ azureMl }));

describe('readAzureMlConfig', () => {
  it('reads a minimal block with the public cloud and default audience', () => {
    expect(read(base)).toEqual({
      cloud: {
        name: 'AzurePublicCloud',
        endpoints: azureClouds.AzurePublicCloud,
      },
      portalApp: { clientId: PORTAL, audience: `api://${PORTAL}` },
      tenants: [{ tenantId: CONTOSO, subscriptions: [] }],
      serviceIdentity: { mode: 'managed-identity' },
    });
  });

  it('reads a sovereign cloud by name', () => {
    expect(read({ ...base, cloud: 'AzureUSGovernment' }).cloud).toEqual({
      name: 'AzureUSGovernment',
      endpoints: {
        authorityHost: 'https://login.microsoftonline.us',
        resourceManager: 'https://management.usgovcloudapi.net',
        resourceManagerScope: 'https://management.usgovcloudapi.net/.default',
        graph: 'https://graph.microsoft.us',
        graphScope: 'https://graph.microsoft.us/.default',
        machineLearningScope: 'https://ml.azure.us/.default',
        machineLearningDataPlaneHost: 'api.ml.azure.us',
        portal: 'https://portal.azure.us',
        machineLearningStudio: 'https://ml.azure.us',
      },
    });
    expect(read({ ...base, cloud: 'AzureChinaCloud' }).cloud.endpoints).toEqual(
      {
        authorityHost: 'https://login.chinacloudapi.cn',
        resourceManager: 'https://management.chinacloudapi.cn',
        resourceManagerScope: 'https://management.chinacloudapi.cn/.default',
        graph: 'https://microsoftgraph.chinacloudapi.cn',
        graphScope: 'https://microsoftgraph.chinacloudapi.cn/.default',
        machineLearningScope: 'https://ml.azure.cn/.default',
        machineLearningDataPlaneHost: 'api.ml.azure.cn',
        portal: 'https://portal.azure.cn',
        machineLearningStudio: 'https://studio.ml.azure.cn',
      },
    );
  });

  it('reads custom endpoints, defaulting scopes and URLs to the public cloud', () => {
    const config = read({
      ...base,
      cloud: 'custom',
      endpoints: {
        authorityHost: 'https://localhost:7443/',
        resourceManager: 'https://localhost:7443',
        graph: 'https://localhost:7443/v1.0',
        portal: 'https://portal.example',
      },
      portalApp: { clientId: PORTAL, audience: 'api://portal.example' },
      tenants: [{ tenantId: CONTOSO }, { tenantId: FABRIKAM }],
    });
    expect(config.cloud).toEqual({
      name: 'custom',
      endpoints: {
        authorityHost: 'https://localhost:7443',
        resourceManager: 'https://localhost:7443',
        resourceManagerScope: 'https://management.azure.com/.default',
        graph: 'https://localhost:7443/v1.0',
        graphScope: 'https://graph.microsoft.com/.default',
        machineLearningScope: 'https://ml.azure.com/.default',
        machineLearningDataPlaneHost: 'localhost:7443',
        portal: 'https://portal.example',
        machineLearningStudio: 'https://ml.azure.com',
      },
    });
    expect(config.portalApp.audience).toBe('api://portal.example');
    expect(config.tenants).toEqual([
      { tenantId: CONTOSO, subscriptions: [] },
      { tenantId: FABRIKAM, subscriptions: [] },
    ]);
  });

  it('reads subscriptions and a service identity per tenant', () => {
    const sub = '55555555-0000-4000-8000-00000000000A';
    const config = read({
      ...base,
      tenants: [
        { tenantId: CONTOSO, subscriptions: [sub] },
        {
          tenantId: FABRIKAM,
          serviceIdentity: {
            mode: 'client-assertion',
            clientId: PORTAL,
            tenantId: FABRIKAM,
            tokenFilePath: '/var/run/fabrikam.jwt',
          },
        },
      ],
    });
    expect(config.tenants).toEqual([
      { tenantId: CONTOSO, subscriptions: [sub.toLowerCase()] },
      {
        tenantId: FABRIKAM,
        subscriptions: [],
        serviceIdentity: {
          mode: 'client-assertion',
          clientId: PORTAL,
          tenantId: FABRIKAM,
          tokenFilePath: '/var/run/fabrikam.jwt',
        },
      },
    ]);
  });

  it.each([
    [
      'workload-identity',
      { clientId: PORTAL, tenantId: CONTOSO, tokenFilePath: '/var/run/token' },
    ],
    [
      'client-assertion',
      { clientId: PORTAL, tenantId: CONTOSO, tokenFilePath: '/var/run/jwt' },
    ],
    [
      'client-secret',
      { clientId: PORTAL, tenantId: CONTOSO, clientSecret: 's3cret' },
    ],
    ['managed-identity', { clientId: PORTAL }],
  ])('reads service identity mode %s', (mode, keys) => {
    expect(
      read({ ...base, serviceIdentity: { mode, ...keys } }).serviceIdentity,
    ).toEqual({ mode, ...keys });
  });

  it.each<[string, object, string]>([
    [
      'no azureMl block',
      {},
      "Missing required config value at 'azureMl' in 'mock-config'",
    ],
    [
      'an unknown cloud',
      { ...base, cloud: 'AzureGermanCloud' },
      "Invalid config at azureMl.cloud: 'AzureGermanCloud' is not one of AzurePublicCloud, AzureChinaCloud, AzureUSGovernment or custom",
    ],
    [
      'endpoints with a named cloud',
      {
        ...base,
        cloud: 'AzurePublicCloud',
        endpoints: { authorityHost: 'https://x' },
      },
      "Invalid config at azureMl.endpoints: endpoints are only read when azureMl.cloud is 'custom', not 'AzurePublicCloud'",
    ],
    [
      'custom without endpoints',
      { ...base, cloud: 'custom' },
      "Missing config azureMl.endpoints: azureMl.cloud 'custom' needs endpoints with authorityHost, resourceManager and graph",
    ],
    [
      'custom without graph',
      {
        ...base,
        cloud: 'custom',
        endpoints: {
          authorityHost: 'https://localhost:7443',
          resourceManager: 'https://localhost:7443',
        },
      },
      "Missing required config value at 'azureMl.endpoints.graph' in 'mock-config'",
    ],
    [
      'an http authority',
      {
        ...base,
        cloud: 'custom',
        endpoints: {
          authorityHost: 'http://localhost:7480',
          resourceManager: 'https://localhost:7443',
          graph: 'https://localhost:7443/v1.0',
        },
      },
      "Invalid config at azureMl.endpoints.authorityHost: 'http://localhost:7480' must be an https URL",
    ],
    [
      'an endpoint that is not a URL',
      {
        ...base,
        cloud: 'custom',
        endpoints: {
          authorityHost: 'https://localhost:7443',
          resourceManager: 'management',
          graph: 'https://localhost:7443/v1.0',
        },
      },
      "Invalid config at azureMl.endpoints.resourceManager: 'management' is not a URL",
    ],
    [
      'no portal app',
      { tenants: base.tenants, serviceIdentity: base.serviceIdentity },
      "Missing required config value at 'azureMl.portalApp' in 'mock-config'",
    ],
    [
      'a portal client id that is not a GUID',
      { ...base, portalApp: { clientId: 'backstage-portal' } },
      "Invalid config at azureMl.portalApp.clientId: 'backstage-portal' is not a GUID (an Entra id looks like 00000000-0000-0000-0000-000000000000)",
    ],
    [
      'an empty tenant list',
      { ...base, tenants: [] },
      'Invalid config at azureMl.tenants: list at least one tenant the portal accepts users from',
    ],
    [
      'no tenant list',
      { portalApp: base.portalApp, serviceIdentity: base.serviceIdentity },
      "Missing required config value at 'azureMl.tenants' in 'mock-config'",
    ],
    [
      'a tenant by domain name',
      { ...base, tenants: [{ tenantId: 'contoso.onmicrosoft.com' }] },
      "Invalid config at azureMl.tenants[0].tenantId: 'contoso.onmicrosoft.com' is not a GUID (an Entra id looks like 00000000-0000-0000-0000-000000000000)",
    ],
    [
      'a tenant listed twice',
      {
        ...base,
        tenants: [{ tenantId: CONTOSO }, { tenantId: CONTOSO.toUpperCase() }],
      },
      `Invalid config at azureMl.tenants: tenant ${CONTOSO.toUpperCase()} is listed twice`,
    ],
    [
      'a subscription that is not a GUID',
      { ...base, tenants: [{ tenantId: CONTOSO, subscriptions: ['prod'] }] },
      "Invalid config at azureMl.tenants[0].subscriptions[0]: 'prod' is not a subscription id (a GUID)",
    ],
    [
      'a subscription under two tenants',
      {
        ...base,
        tenants: [
          { tenantId: CONTOSO, subscriptions: [PORTAL] },
          { tenantId: FABRIKAM, subscriptions: [PORTAL] },
        ],
      },
      `Invalid config at azureMl.tenants: subscription ${PORTAL} is listed under tenant ${CONTOSO} and tenant ${FABRIKAM}; a subscription belongs to one tenant`,
    ],
    [
      'a tenant service identity with a key its mode does not use',
      {
        ...base,
        tenants: [
          {
            tenantId: CONTOSO,
            serviceIdentity: { mode: 'managed-identity', clientSecret: 'x' },
          },
        ],
      },
      "Invalid config at azureMl.tenants[0].serviceIdentity.clientSecret: mode 'managed-identity' does not use clientSecret; remove it or choose the mode that does",
    ],
    [
      'no service identity mode',
      { ...base, serviceIdentity: { clientId: PORTAL } },
      "Missing required config value at 'azureMl.serviceIdentity.mode' in 'mock-config'",
    ],
    [
      'an unknown mode',
      { ...base, serviceIdentity: { mode: 'default-azure-credential' } },
      "Invalid config at azureMl.serviceIdentity.mode: 'default-azure-credential' is not one of workload-identity, managed-identity, client-assertion, client-secret",
    ],
    [
      'client-secret without clientSecret',
      {
        ...base,
        serviceIdentity: {
          mode: 'client-secret',
          clientId: PORTAL,
          tenantId: CONTOSO,
        },
      },
      "Missing config azureMl.serviceIdentity.clientSecret: mode 'client-secret' needs clientSecret",
    ],
    [
      'client-secret without tenantId',
      {
        ...base,
        serviceIdentity: {
          mode: 'client-secret',
          clientId: PORTAL,
          clientSecret: 's3cret',
        },
      },
      "Missing config azureMl.serviceIdentity.tenantId: mode 'client-secret' needs tenantId",
    ],
    [
      'workload-identity without tokenFilePath',
      {
        ...base,
        serviceIdentity: {
          mode: 'workload-identity',
          clientId: PORTAL,
          tenantId: CONTOSO,
        },
      },
      "Missing config azureMl.serviceIdentity.tokenFilePath: mode 'workload-identity' needs tokenFilePath",
    ],
    [
      'client-assertion without clientId',
      {
        ...base,
        serviceIdentity: {
          mode: 'client-assertion',
          tenantId: CONTOSO,
          tokenFilePath: '/var/run/jwt',
        },
      },
      "Missing config azureMl.serviceIdentity.clientId: mode 'client-assertion' needs clientId",
    ],
    [
      'a client secret next to workload identity',
      {
        ...base,
        serviceIdentity: {
          mode: 'workload-identity',
          clientId: PORTAL,
          tenantId: CONTOSO,
          tokenFilePath: '/var/run/token',
          clientSecret: 's3cret',
        },
      },
      "Invalid config at azureMl.serviceIdentity.clientSecret: mode 'workload-identity' does not use clientSecret; remove it or choose the mode that does",
    ],
    [
      'a tenant next to managed identity',
      {
        ...base,
        serviceIdentity: { mode: 'managed-identity', tenantId: CONTOSO },
      },
      "Invalid config at azureMl.serviceIdentity.tenantId: mode 'managed-identity' does not use tenantId; remove it or choose the mode that does",
    ],
    [
      'a managed identity client id that is not a GUID',
      {
        ...base,
        serviceIdentity: { mode: 'managed-identity', clientId: 'my-mi' },
      },
      "Invalid config at azureMl.serviceIdentity.clientId: 'my-mi' is not a GUID (an Entra id looks like 00000000-0000-0000-0000-000000000000)",
    ],
  ])('rejects %s', (_, azureMl, message) => {
    expect(() =>
      readAzureMlConfig(
        new ConfigReader(Object.keys(azureMl).length ? { azureMl } : {}),
      ),
    ).toThrow(new Error(message));
  });
});
