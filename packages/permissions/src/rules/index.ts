import { imageUser } from './image-user.js';
import { layerIntegrity } from './layer-integrity.js';
import { ownedDirectories } from './owned-directories.js';
import { setuidAllowlist } from './setuid-allowlist.js';
import { systemSitePackages } from './system-site-packages.js';
import { userHome } from './user-home.js';
import { worldWritable } from './world-writable.js';

/** The static rules, run over the image's merged file tree. */
export const STATIC_RULES = [imageUser, userHome, ownedDirectories, worldWritable, setuidAllowlist, systemSitePackages, layerIntegrity] as const;

export { imageUser, userHome, ownedDirectories, worldWritable, setuidAllowlist, systemSitePackages, layerIntegrity };
