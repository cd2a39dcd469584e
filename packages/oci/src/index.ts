export { openImageArchive, type ImageArchive, type ImageConfig, type LayerRef } from './archive.js';
export { walkLayers, toLayerEntry, MAX_READ_BYTES, type LayerEntry, type EntryType, type EntryBody, type LayerVisitor, type WalkOptions } from './layers.js';
export { FileTree, SymlinkLoopError, MAX_SYMLINK_HOPS, type FileNode, type TreeAnomaly } from './tree.js';
export { buildFileTree, readFile, type BuildTreeOptions, type MergedImage } from './build-tree.js';
export { normalizeEntryPath, resolveLinkTarget, isWithin, parentOf, baseName, splitPath } from './paths.js';
export { ArchiveError, DockerUnavailableError, ImageNotFoundError } from './errors.js';
export { dockerTool, inspectImage, saveImage, assertEngine, type ImageInspect, type SavedImage } from './docker.js';
export { formatMode, describeNode } from './format.js';
export { readImageRecord, imageRecordPath, type ImageRecord } from './image-record.js';
