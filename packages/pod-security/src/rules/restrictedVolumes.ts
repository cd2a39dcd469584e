import { definePssCheck, type ViolationField } from '../engine/check.js';
import { joinQuote, pluralize, sortedSet } from '../engine/format.js';
import { isMap, list, present } from '../engine/pod.js';

const ALLOWED = ['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret'];
/** The restricted sources, in the order the library tests them (the first present one names the type). */
const RESTRICTED = [
  'hostPath', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'nfs', 'iscsi', 'glusterfs', 'rbd', 'flexVolume', 'cinder', 'cephfs',
  'flocker', 'fc', 'azureFile', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'portworxVolume', 'scaleIO', 'storageos',
];

export default definePssCheck({
  id: 'restrictedVolumes',
  level: 'restricted',
  description: 'Besides hostPath, the restricted profile limits inline pod volumes to configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret.',
  fields: `spec.volumes[*]: ${RESTRICTED.map((s) => `spec.volumes[*].${s}`).join(', ')}. Allowed: undefined, null.`,
  versions: [
    {
      min: 0,
      overrides: ['hostPathVolumes'],
      check({ spec }) {
        const names: string[] = [];
        const types: string[] = [];
        const fields: ViolationField[] = [];
        list(spec.volumes).forEach((v, i) => {
          if (ALLOWED.some((k) => present(v, k))) return;
          names.push(isMap(v) && v.name != null ? String(v.name) : '');
          const t = RESTRICTED.find((k) => present(v, k));
          types.push(t ?? 'unknown');
          fields.push({ path: t ? ['spec', 'volumes', i, t] : ['spec', 'volumes', i] });
        });
        if (!names.length) return undefined;
        const set = sortedSet(types);
        return {
          reason: 'restricted volume types',
          detail: `${pluralize('volume', 'volumes', names.length)} ${joinQuote(names)} ${pluralize('uses', 'use', names.length)} ${pluralize('restricted volume type', 'restricted volume types', set.length)} ${joinQuote(set)}`,
          fields,
        };
      },
    },
  ],
});
