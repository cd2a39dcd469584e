import { testCheck } from '../__fixtures__/pods.js';
import check from './sysctls.js';

const sysctl = (v: string, name: string) => `# version: ${v}\nspec: { securityContext: { sysctls: [{ name: ${name}, value: "1" }] } }`;

testCheck(check, {
  valid: [sysctl('v1.0', 'kernel.shm_rmid_forced'), sysctl('v1.27', 'net.ipv4.ip_local_reserved_ports'), sysctl('v1.29', 'net.ipv4.tcp_fin_timeout'), sysctl('v1.32', 'net.ipv4.tcp_wmem')],
  invalid: [
    { code: sysctl('v1.26', 'net.ipv4.ip_local_reserved_ports'), errors: 1 },
    { code: sysctl('v1.28', 'net.ipv4.tcp_keepalive_time'), errors: 1 },
    { code: sysctl('v1.31', 'net.ipv4.tcp_rmem'), errors: 1 },
    { name: 'not in v0.36 yet', code: sysctl('v1.35', 'net.ipv4.tcp_notsent_lowat'), errors: 1 },
  ],
}, [{ code: 'spec: { securityContext: { sysctls: [{ name: b }, { name: kernel.shm_rmid_forced }, { name: a }] } }', message: 'forbidden sysctls (b, a)' }]);
