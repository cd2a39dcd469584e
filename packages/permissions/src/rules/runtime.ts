import { runtimeIdentity } from './runtime-identity.js';
import { runtimePipUser } from './runtime-pip-user.js';
import { runtimeWritable } from './runtime-writable.js';

/** The run-time rules, over what the probe saw in a running container. */
export const RUNTIME_RULES = [runtimeIdentity, runtimeWritable, runtimePipUser] as const;
export { runtimeIdentity, runtimeWritable, runtimePipUser };
