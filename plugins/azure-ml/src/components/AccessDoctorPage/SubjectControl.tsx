/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useId, useState, type FormEvent } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import type { AzureMlAccessDoctorSubject } from '../../api';
import { isObjectId } from './accessDoctorQuery';

type SubjectKind = 'me' | 'service' | 'user';

function kindOf(subject: AzureMlAccessDoctorSubject | undefined): SubjectKind {
  if (subject === 'service') return 'service';
  return subject?.startsWith('user:') ? 'user' : 'me';
}

/**
 * Whom the doctor examines: the signed-in user, the portal's service
 * identity, or another user by Entra object id. Everyone sees the choice;
 * the backend decides who may examine others (`azureMl.access.diagnose.others`)
 * and the page shows its refusal.
 *
 * @internal
 */
export function SubjectControl(props: {
  subject: AzureMlAccessDoctorSubject | undefined;
  onChange(subject: AzureMlAccessDoctorSubject): void;
}) {
  const { subject, onChange } = props;
  const [kind, setKind] = useState<SubjectKind>(() => kindOf(subject));
  const [objectId, setObjectId] = useState(
    subject?.startsWith('user:') ? subject.slice(5) : '',
  );
  const [touched, setTouched] = useState(false);
  const objectIdField = useId();
  const valid = isObjectId(objectId.trim());

  const pick = (next: SubjectKind) => {
    setKind(next);
    if (next !== 'user') onChange(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (valid) onChange(`user:${objectId.trim().toLowerCase()}`);
  };

  return (
    <FormControl component="fieldset">
      <FormLabel component="legend">Whose access to check</FormLabel>
      <RadioGroup
        row
        name="access-doctor-subject"
        value={kind}
        onChange={event => pick(event.target.value as SubjectKind)}
      >
        <FormControlLabel value="me" control={<Radio />} label="Me" />
        <FormControlLabel
          value="service"
          control={<Radio />}
          label="Service identity"
        />
        <FormControlLabel
          value="user"
          control={<Radio />}
          label="Another user (object id)"
        />
      </RadioGroup>
      {kind === 'user' && (
        <form onSubmit={submit} noValidate aria-label="Another user">
          <Box display="flex" alignItems="flex-start" gridGap={8} mt={1}>
            <TextField
              id={objectIdField}
              label="Object id of the user"
              variant="outlined"
              size="small"
              value={objectId}
              onChange={event => setObjectId(event.target.value)}
              error={touched && !valid}
              helperText={
                touched && !valid
                  ? 'An Entra object id is a GUID, such as 22222222-0000-4000-8000-000000000002.'
                  : 'Their Entra object id, as Microsoft Entra ID shows it.'
              }
            />
            <Button type="submit" variant="outlined">
              Check this user
            </Button>
          </Box>
        </form>
      )}
      <FormHelperText>
        Checking the service identity or another user needs the Backstage
        permission azureMl.access.diagnose.others.
      </FormHelperText>
    </FormControl>
  );
}
