/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';
import { tempDir } from '../testing/startTestEmulator';
import { loadOrCreateTlsMaterial } from './LocalCertificateAuthority';

describe('the local certificate authority', () => {
  it('creates a CA and a localhost certificate it signed, then reuses them', () => {
    const dir = path.join(tempDir('azml-ca-'), 'state');
    const first = loadOrCreateTlsMaterial(dir);
    const ca = forge.pki.certificateFromPem(first.ca);
    const cert = forge.pki.certificateFromPem(first.cert);
    expect(ca.verify(cert)).toBe(true);
    expect(cert.getExtension('subjectAltName')).toMatchObject({
      altNames: expect.arrayContaining([
        expect.objectContaining({ value: 'localhost' }),
      ]),
    });
    expect(first.caPath).toBe(path.join(dir, 'ca.pem'));
    expect(readFileSync(first.caPath, 'utf8')).toBe(first.ca);

    const second = loadOrCreateTlsMaterial(dir);
    expect(second.ca).toBe(first.ca);
    expect(second.key).toBe(first.key);
  });
});
