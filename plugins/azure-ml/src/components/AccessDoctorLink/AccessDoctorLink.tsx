/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import LocalHospitalOutlinedIcon from '@material-ui/icons/LocalHospitalOutlined';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { accessDoctorRouteRef } from '../../routes';
import {
  accessDoctorSearch,
  type AccessDoctorTarget,
} from '../AccessDoctorPage/accessDoctorQuery';

/**
 * The access doctor's path, or `undefined` where the app does not mount it
 * (or outside any app's routes); links to it are then left out.
 *
 * @internal
 */
export function useAccessDoctorPath(): string | undefined {
  try {
    return useRouteRef(accessDoctorRouteRef)?.();
  } catch {
    return undefined;
  }
}

/**
 * The accessible name of every link into the access doctor.
 *
 * @internal
 */
export const ACCESS_DOCTOR_LINK_TEXT = 'Diagnose with the access doctor';

/**
 * "Diagnose with the access doctor": a link to the access doctor with the
 * workspace, the refused action and its scope filled in. Renders nothing
 * without a target, or when the app does not mount the access doctor.
 *
 * @internal
 */
export function AccessDoctorLink(props: {
  target: AccessDoctorTarget | undefined;
}) {
  const { target } = props;
  const path = useAccessDoctorPath();
  if (!target || !path) return null;
  return (
    <Typography variant="caption" component="span">
      <Link to={`${path}?${accessDoctorSearch(target)}`}>
        <Box component="span" display="inline-flex" alignItems="center">
          <LocalHospitalOutlinedIcon fontSize="inherit" aria-hidden="true" />
          <Box component="span" ml={0.5}>
            {ACCESS_DOCTOR_LINK_TEXT}
          </Box>
        </Box>
      </Link>
    </Typography>
  );
}
