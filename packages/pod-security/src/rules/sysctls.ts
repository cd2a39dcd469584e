import { definePssCheck, type CheckFn, type ViolationField } from '../engine/check.js';
import { isMap, list, podSc } from '../engine/pod.js';

const SAFE_1_0 = ['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start'];
const SAFE_1_27 = [...SAFE_1_0, 'net.ipv4.ip_local_reserved_ports'];
const SAFE_1_29 = [...SAFE_1_27, 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes'];
const SAFE_1_32 = [...SAFE_1_29, 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'];

function sysctls(safe: Set<string>): CheckFn {
  return ({ spec }) => {
    const names: string[] = [];
    const fields: ViolationField[] = [];
    list(podSc(spec)?.sysctls).forEach((s, i) => {
      const name = isMap(s) && s.name != null ? String(s.name) : '';
      if (!safe.has(name)) {
        names.push(name);
        fields.push({ path: ['spec', 'securityContext', 'sysctls', i, 'name'] });
      }
    });
    return names.length ? { reason: 'forbidden sysctls', detail: names.join(', '), fields } : undefined;
  };
}

export default definePssCheck({
  id: 'sysctls',
  level: 'baseline',
  description: 'Sysctls can disable security mechanisms or affect every container on a host; only a safe, namespaced subset is allowed.',
  fields: `spec.securityContext.sysctls[*].name. Allowed: ${SAFE_1_0.join(', ')}; from v1.27 net.ipv4.ip_local_reserved_ports; from v1.29 net.ipv4.tcp_keepalive_time, net.ipv4.tcp_fin_timeout, net.ipv4.tcp_keepalive_intvl, net.ipv4.tcp_keepalive_probes; from v1.32 net.ipv4.tcp_rmem, net.ipv4.tcp_wmem.`,
  versions: [
    { min: 0, check: sysctls(new Set(SAFE_1_0)) },
    { min: 27, check: sysctls(new Set(SAFE_1_27)) },
    { min: 29, check: sysctls(new Set(SAFE_1_29)) },
    { min: 32, check: sysctls(new Set(SAFE_1_32)) },
  ],
});
