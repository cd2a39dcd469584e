import { testRule } from '@flightcheck/core/testing';
import { extractImages } from '../manifests.js';
import { imageNotPinned } from './image-not-pinned.js';

const D = `sha256:${'a'.repeat(64)}`;
const pod = (image: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: ${image}\n`;

testRule(imageNotPinned, (code, file) => ({ file, images: extractImages(code, file) }), {
  valid: [pod(`r.example/app@${D}`), pod(`r.example/app:1.0@${D}`), 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n'],
  invalid: [
    { code: pod('r.example/app:1.0'), errors: [{ messageId: 'notPinned', line: 7 }] },
    { code: pod('app'), errors: [{ messageId: 'notPinned', data: { where: 'container "c"', image: 'app' } }] },
    { code: pod('"{{ .Values.image }}"'), errors: [{ messageId: 'invalid', line: 7 }] },
  ],
});
