import { defineCheck, isAppsV1 } from '../engine/check.js';
import { checkHasPdb } from './helpers/pdb.js';

export default defineCheck({
  id: 'statefulset-has-poddisruptionbudget',
  name: 'StatefulSet has PodDisruptionBudget',
  target: 'StatefulSet',
  description: 'Makes sure that all StatefulSets are targeted by a PDB',
  messages: { noPdb: 'No matching PodDisruptionBudget was found' },
  appliesTo: isAppsV1('StatefulSet'),
  check: checkHasPdb,
});
