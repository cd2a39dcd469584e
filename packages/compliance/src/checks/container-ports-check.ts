import { defineCheck, isPodHolder } from '../engine/check.js';
import { asRecord, containerName, containersOf } from './helpers/util.js';

export default defineCheck({
  id: 'container-ports-check',
  name: 'Container Ports Check',
  target: 'Pod',
  optional: true,
  description: 'Container Ports Checks',
  messages: {
    duplicateName: 'Container Port Check: duplicate port name',
    longName: 'Container Port Check: port name too long',
    noPort: 'Container Port Check: containerPort is not set',
  },
  appliesTo: isPodHolder,
  check(s, ctx) {
    for (const c of containersOf(s)) {
      const path = containerName(c);
      const seen = new Set<string>();
      for (const raw of Array.isArray(c.ports) ? c.ports : []) {
        const p = asRecord(raw);
        const name = typeof p.name === 'string' ? p.name : '';
        if (name && seen.has(name)) ctx.report({ messageId: 'duplicateName', properties: { path }, resolution: `Port name "${name}" is used twice in the container.` });
        if (name) seen.add(name);
        if (name.length > 15) ctx.report({ messageId: 'longName', properties: { path }, resolution: `Port name "${name}" is longer than 15 characters.` });
        if (!p.containerPort) ctx.report({ messageId: 'noPort', properties: { path }, resolution: 'Every port needs a containerPort number.' });
      }
    }
  },
});
