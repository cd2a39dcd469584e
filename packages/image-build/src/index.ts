export { buildImage } from './build.js';
export { buildDockerArgs, defaultImageRef, BuildOptionError, type ImageBuildOptions } from './build-args.js';
export { baseImages } from './dockerfile-bases.js';
