import { defineCheck, isAppsV1 } from '../engine/check.js';
import { checkHasPdb } from './helpers/pdb.js';

export default defineCheck({
  id: 'deployment-has-poddisruptionbudget',
  name: 'Deployment has PodDisruptionBudget',
  target: 'Deployment',
  description: 'Makes sure that all Deployments are targeted by a PDB',
  messages: { noPdb: 'No matching PodDisruptionBudget was found' },
  appliesTo: isAppsV1('Deployment'),
  check: checkHasPdb,
});
